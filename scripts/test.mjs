// `npm test`: lint, typecheck, build the UIs (browser tests load them), then vitest.
// Ends with one plain line "N passed, N failed" that CI reads.
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdirSync, existsSync } from 'node:fs';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: false }).status ?? 1;
const steps = [
  ['lint', 'npx', ['eslint', '.']],
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['build', 'npm', ['run', '--silent', 'build']],
];
let stepFailures = 0;
for (const [name, cmd, args] of steps) {
  console.log(`\n== ${name} ==`);
  if (run(cmd, args) !== 0) { console.error(`${name} failed`); stepFailures += 1; }
}
mkdirSync('test-results', { recursive: true });
const out = 'test-results/vitest.json';
const extra = process.argv.slice(2);
console.log('\n== vitest ==');
const code = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, ...extra]);
let passed = 0; let failed = 0; let skipped = 0;
if (existsSync(out)) {
  const r = JSON.parse(readFileSync(out, 'utf8'));
  passed = r.numPassedTests; failed = r.numFailedTests; skipped = r.numPendingTests + (r.numTodoTests ?? 0);
}
failed += stepFailures;
if (code !== 0 && failed === 0) failed = 1; // vitest failed outside a test (e.g. a suite that did not load)
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
