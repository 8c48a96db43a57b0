// `npm start`: builds the UIs when they are not built yet (or are older than their sources),
// bundles the server when its bundle is missing or stale (scripts/build-server.mjs: plain
// JavaScript starts faster and holds less memory than running TypeScript through tsx), then
// runs it. The SQLite file and demo data appear on first start.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildServer, bundleStale, SERVER_BUNDLE, SERVER_NODE_FLAGS, serverEnv } from './build-server.mjs';

const newest = (dir) => {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
};
const stale = ['kiosk-ui', 'board-ui', 'operator-ui', 'ticket-ui', 'booking-ui', 'ui-kit'].some((ui) => {
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
if (bundleStale()) await buildServer();
const server = spawn(process.execPath, [...SERVER_NODE_FLAGS, SERVER_BUNDLE], { stdio: 'inherit', env: serverEnv() });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
server.on('exit', (code) => process.exit(code ?? 0));
