// A USB printer out of paper stops taking bytes: the kernel write blocks and cannot be
// cancelled. The print must still end (uncertain), later jobs must be refused at once
// (not queue behind it), and status must say the printer does not answer.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createPrinter, usbTransport } from '../src/index';
import { sampleJob } from '../src/testing/index';
import { tempDir } from './helpers';

const dir = tempDir('usb');
const fifo = join(dir, 'lp0');
let holder: ChildProcess;

beforeAll(async () => {
  // a "device" that is open but never read: like usblp with the paper out
  execFileSync('mkfifo', [fifo]);
  holder = spawn('bash', ['-c', `exec 3<"${fifo}"; sleep 120`], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 300));
});
afterAll(() => {
  holder.kill('SIGKILL');
});

it('a stalled USB write ends the job as uncertain; the next ones fail fast; status says no answer', async () => {
  const printer = createPrinter({ transport: 'usb', path: fifo, profile: 'raster', paperWidth: 80 }, { transport: usbTransport({ path: fifo, writeTimeoutMs: 500 }) });
  // raster tickets are large: the pipe's buffer fills during the first or second one
  const outcomes: string[] = [];
  for (let i = 1; i <= 3; i++) outcomes.push((await printer.print(sampleJob({ jobId: `j${i}` }))).outcome);
  expect(outcomes).toContain('uncertain');
  const firstStuck = outcomes.indexOf('uncertain');
  expect(outcomes.slice(firstStuck + 1).every((o) => o === 'failed')).toBe(true);
  const status = await printer.status();
  expect(status.state).toBe('no_answer');
});
