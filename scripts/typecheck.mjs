// `npm run typecheck`: `tsc -b` over the root tsconfig.json (docs/architecture.md, "Typecheck").
// Two guards around it:
// - every workspace of package.json (and bench) must be referenced, or it would be skipped
//   without a word;
// - tsc -b calls a package up to date when no source file is newer than its .tsbuildinfo.
//   A file saved while tsc was checking that package (read before the save, build info
//   written after it) would then pass unchecked on the next run. So build info written
//   during this run is dated back to the run's start: such a file is newer, and the next run
//   compares its contents and checks it again.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';

const CACHE = join('node_modules', '.cache', 'tsbuild');

const rootConfig = readFileSync('tsconfig.json', 'utf8');
const { workspaces } = JSON.parse(readFileSync('package.json', 'utf8'));
const missing = [...workspaces, 'bench'].filter(
  (w) => !rootConfig.includes(`./${w}/tsconfig.build.json`) || !existsSync(join(w, 'tsconfig.build.json')),
);
if (missing.length > 0) {
  console.error(`typecheck: ${missing.join(', ')} not in the references of tsconfig.json (each needs a tsconfig.build.json, see docs/architecture.md)`);
  process.exit(1);
}

// a little earlier than now: file times may be coarser than the clock
const start = new Date(Date.now() - 2000);
const tsc = spawnSync(process.execPath, [join('node_modules', 'typescript', 'bin', 'tsc'), '-b', ...process.argv.slice(2)], { stdio: 'inherit' });

for (const pkg of existsSync(CACHE) ? readdirSync(CACHE) : []) {
  const dir = join(CACHE, pkg);
  for (const name of existsSync(dir) ? readdirSync(dir) : []) {
    if (!name.endsWith('.tsbuildinfo')) continue;
    const file = join(dir, name);
    if (statSync(file).mtime > start) utimesSync(file, start, start);
  }
}
process.exit(tsc.status ?? 1);
