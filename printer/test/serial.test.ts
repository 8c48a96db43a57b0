// Serial over a socat virtual cable: one pty end is our printer port, the other is the fake
// printer (the same protocol core as the TCP fake), opened with serialport too.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SerialPort } from 'serialport';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrinter, encode, layout, resolveProfile } from '../src/index';
import { FakePrinterCore, sampleJob, type FakeJob, type FakeState } from '../src/testing/index';
import { hasCommand, parseEscPos, tempDir } from './helpers';

// on a developer machine without socat the serial tests are skipped with a warning; in CI
// (.ci/run installs socat) they always run, so a missing tool fails loudly instead
const socatMissing = !hasCommand('socat') && !process.env.CI;
if (socatMissing) console.warn('SKIPPING serial tests: socat is not installed (apt-get install -y socat)');

describe.skipIf(socatMissing)('serial transport over a socat virtual cable', () => {
  let socat: ChildProcess;
  let printerEnd = '';
  let fakeEnd: SerialPort;
  let state: FakeState = 'ok';
  const jobs: FakeJob[] = [];
  let core: FakePrinterCore;

  const newCore = (): void => {
    core = new FakePrinterCore({ getState: () => state, setState: (s) => (state = s), midJobBytes: 1_000_000 });
    jobs.push(core.job);
  };

  beforeAll(async () => {
    const dir = tempDir('serial');
    printerEnd = join(dir, 'ttyV0');
    const fakePath = join(dir, 'ttyV1');
    socat = spawn('socat', [`pty,raw,echo=0,link=${printerEnd}`, `pty,raw,echo=0,link=${fakePath}`], { stdio: 'ignore' });
    // socat creates the links asynchronously; wait for them (bounded)
    for (let i = 0; i < 200 && !(existsSync(printerEnd) && existsSync(fakePath)); i++) await new Promise((r) => setTimeout(r, 25));
    if (!existsSync(fakePath)) throw new Error('socat did not create the virtual cable');
    fakeEnd = new SerialPort({ path: fakePath, baudRate: 115200, autoOpen: false });
    await new Promise<void>((resolve, reject) => fakeEnd.open((err) => (err ? reject(err) : resolve())));
    newCore();
    fakeEnd.on('data', (chunk: Buffer) => {
      const { reply } = core.feed(chunk);
      if (reply.length > 0) fakeEnd.write(reply);
    });
  });

  afterAll(async () => {
    if (fakeEnd?.isOpen) await new Promise<void>((r) => fakeEnd.close(() => r()));
    socat?.kill();
  });

  const printer = () => createPrinter({ transport: 'serial', path: printerEnd, baudRate: 115200, profile: 'epson-cp1125', paperWidth: 58, timeoutMs: 1500, settleMs: 0 });

  it('prints a ticket: bytes arrive intact, status is read over the same line', async () => {
    const job = sampleJob();
    const res = await printer().print(job);
    expect(res).toEqual({ outcome: 'printed', state: 'online' });
    const expected = encode(layout(job, { paperWidth: 58 }), resolveProfile('epson-cp1125', 58));
    // the after-job reply is produced only once the fake has parsed everything before it
    // state before, at once after the bytes, and once the paper settled (the background check)
    expect(core.job.queries).toEqual([1, 2, 4, 1, 2, 4, 1, 2, 4]);
    expect(core.job.payload.equals(expected)).toBe(true);
    const ast = await parseEscPos(core.job.payload);
    expect(ast.tree.filter((n) => n.ascii === 'ESC' && n.fn === 't').map((n) => core.job.payload[n.offset + 2])).toEqual([44]);
  });

  it('paper out: refuses the job, sends nothing but the status queries', async () => {
    newCore();
    state = 'paper_out';
    const res = await printer().print(sampleJob());
    expect(res).toMatchObject({ outcome: 'failed', state: 'paper_out' });
    expect(core.job.payload.length).toBe(0);
    state = 'near_end';
    expect((await printer().status()).state).toBe('paper_near_end');
    state = 'ok';
  });

  it('a missing port fails clearly', async () => {
    const p = createPrinter({ transport: 'serial', path: '/dev/cherha-no-such-port', profile: 'raster', paperWidth: 58 });
    const res = await p.print(sampleJob());
    expect(res.outcome).toBe('failed');
    expect(res.message).toMatch(/cherha-no-such-port/);
    expect(jobs.length).toBeGreaterThan(0);
  });
});
