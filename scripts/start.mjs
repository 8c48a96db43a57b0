// `npm start`: builds the three UIs when they are not built yet (or are older than their
// sources), then runs the server with tsx. The SQLite file and demo data appear on first start.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const newest = (dir) => {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
};
const stale = ['kiosk-ui', 'display-ui', 'operator-ui', 'booking-ui', 'ui-kit'].some((ui) => {
  if (ui === 'ui-kit') return false;
  const dist = join(ui, 'dist', 'index.html');
  if (!existsSync(dist)) return true;
  return Math.max(newest(join(ui, 'src')), newest(join('ui-kit', 'src'))) > statSync(dist).mtimeMs;
});
if (stale) {
  console.log('Збираю інтерфейси (npm run build)…');
  const r = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const server = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], { stdio: 'inherit' });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
server.on('exit', (code) => process.exit(code ?? 0));
