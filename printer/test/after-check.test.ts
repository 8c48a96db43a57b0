// The check after a job runs in the background: the next job never waits for an earlier
// job's paper, and a state read after a job still decides how that job went.
import { afterEach, describe, expect, it } from 'vitest';
import type { PrinterState } from '@cherha/contracts';
import { AfterCheck } from '../src/after-check';
import { createPrinter } from '../src/index';
import { sampleJob, startFakePrinter, type FakePrinter } from '../src/testing/index';

let fake: FakePrinter | null = null;
afterEach(async () => {
  await fake?.close();
  fake = null;
});

describe('AfterCheck: which status read decides which job', () => {
  it('a good state confirms the jobs written settleMs before it; a blocking state decides every job at once', async () => {
    let now = 0;
    const checks: number[] = [];
    const after = new AfterCheck(1000, async () => void checks.push(now), () => now);
    const decided: (PrinterState | null)[] = [null, null, null];
    const track = (i: number) => void after.add().then((s) => (decided[i] = s));
    track(0);
    now = 100;
    track(1);
    now = 500;
    after.observe('online');
    await Promise.resolve();
    expect(decided).toEqual([null, null, null]);
    now = 1000;
    after.observe('online');
    await Promise.resolve();
    expect(decided).toEqual(['online', null, null]);
    now = 1050;
    track(2);
    after.observe('paper_out');
    await Promise.resolve();
    expect(decided).toEqual(['online', 'paper_out', 'paper_out']);
    expect(after.pending).toBe(0);
  });

  it('with no read coming by itself, a timer asks the printer', async () => {
    let asked = 0;
    const after = new AfterCheck(10, async () => {
      asked += 1;
      after.observe('online');
    });
    expect(await after.add()).toBe('online');
    expect(asked).toBe(1);
  });
});

describe('a TCP printer: back-to-back jobs', () => {
  it('the second job is checked, sent and on paper while the first still waits for its after-check', async () => {
    const f = await startFakePrinter();
    fake = f;
    // a long settle: with the old in-queue wait the second job could not start before 5 s
    const printer = createPrinter({ transport: 'tcp', host: '127.0.0.1', port: f.port, profile: 'epson-cp1251', paperWidth: 80, timeoutMs: 2000, settleMs: 5000 });
    const first = printer.submit(sampleJob({ jobId: 'j1' }));
    const second = printer.submit(sampleJob({ jobId: 'j2' }));
    let firstDone = false;
    void first.outcome.then(() => (firstDone = true));
    // the printer was busy with the first job: the second is answered at once from the known state
    expect(await second.decision).toEqual({ queued: true });
    expect(await first.decision).toEqual({ queued: true });
    await f.waitForClosed(2);
    expect(f.jobs.slice(0, 2).every((j) => j.payload.length > 0)).toBe(true);
    expect(firstDone).toBe(false);
    const [a, b] = await Promise.all([first.outcome, second.outcome]);
    expect([a.outcome, b.outcome]).toEqual(['printed', 'printed']);
    // the after-checks ran on connections of their own (one per job unless written in the same ms)
    expect(f.jobs.length).toBeGreaterThanOrEqual(3);
    expect(f.jobs.slice(2).every((j) => j.payload.length === 0)).toBe(true);
  });

  it('paper runs out during the first job: found at once after its bytes (uncertain); the next job is refused by its own check', async () => {
    const f = await startFakePrinter({ state: 'runs_out_mid_job', midJobBytes: 100 });
    fake = f;
    const printer = createPrinter({ transport: 'tcp', host: '127.0.0.1', port: f.port, profile: 'epson-cp1251', paperWidth: 80, timeoutMs: 2000, settleMs: 5000 });
    const first = printer.submit(sampleJob({ jobId: 'j1' }));
    expect(await first.decision).toEqual({ queued: true });
    expect(await first.outcome).toMatchObject({ outcome: 'uncertain', state: 'paper_out' });
    expect((await first.outcome).message).toMatch(/Закінчився папір під час друку/);
    const second = printer.submit(sampleJob({ jobId: 'j2' }));
    expect((await second.decision).queued).toBe(false);
    expect(await second.outcome).toMatchObject({ outcome: 'failed', state: 'paper_out' });
    await f.waitForClosed(2);
    expect(f.jobs[1]?.payload.length).toBe(0);
  });

  it('paper that runs out after the job left: the check once the paper settled finds it (uncertain)', async () => {
    const f = await startFakePrinter();
    fake = f;
    const printer = createPrinter({ transport: 'tcp', host: '127.0.0.1', port: f.port, profile: 'epson-cp1251', paperWidth: 80, timeoutMs: 2000, settleMs: 200 });
    const job = printer.submit(sampleJob({ jobId: 'j1' }));
    expect(await job.decision).toEqual({ queued: true });
    // the job's own connection is closed, all was well then; the roll ends while it prints
    await f.waitForClosed(1);
    f.setState('paper_out');
    expect(await job.outcome).toMatchObject({ outcome: 'uncertain', state: 'paper_out' });
    expect(f.jobs).toHaveLength(2);
    expect(f.jobs[1]?.payload.length).toBe(0);
  });
});
