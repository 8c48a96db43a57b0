import { afterEach, describe, expect, it } from 'vitest';
import { createPrinter, encode, layout, resolveProfile } from '../src/index';
import { sampleJob, startFakePrinter, type FakePrinter } from '../src/testing/index';
import { parseEscPos } from './helpers';

const QUERIES = [1, 2, 4];
let fake: FakePrinter | null = null;

afterEach(async () => {
  await fake?.close();
  fake = null;
});

async function setup(state: Parameters<FakePrinter['setState']>[0], profile = 'epson-cp1251', extra: { midJobBytes?: number; timeoutMs?: number } = {}) {
  const f = await startFakePrinter({ state, ...(extra.midJobBytes !== undefined ? { midJobBytes: extra.midJobBytes } : {}) });
  fake = f;
  const printer = createPrinter({ transport: 'tcp', host: '127.0.0.1', port: f.port, profile, paperWidth: 80, timeoutMs: extra.timeoutMs ?? 1500, settleMs: 0 });
  return { f, printer };
}

describe('TCP 9100 against the fake printer', () => {
  it('ok: checks status, sends exactly the encoded ticket, checks again, closes; the after-check (paper settled) on its own connection', async () => {
    const { f, printer } = await setup('ok');
    const job = sampleJob();
    const res = await printer.print(job);
    expect(res).toEqual({ outcome: 'printed', state: 'online' });
    await f.waitForClosed(2);
    expect(f.jobs).toHaveLength(2);
    const rec = f.jobs[0];
    if (!rec) throw new Error('no connection recorded');
    expect(rec.payload.equals(encode(layout(job, { paperWidth: 80 }), resolveProfile('epson-cp1251', 80)))).toBe(true);
    // before the bytes, and at once after them on the same link
    expect(rec.queries).toEqual([...QUERIES, ...QUERIES]);
    // the check after the job (settled paper) asks again on a connection of its own
    expect(f.jobs[1]?.queries).toEqual(QUERIES);
    expect(f.jobs[1]?.payload.length).toBe(0);
    // queries come before the first payload byte: the status was known before printing
    expect(rec.received.subarray(0, 9)).toEqual(Buffer.from([0x10, 4, 1, 0x10, 4, 2, 0x10, 4, 4]));
    expect(rec.closed).toBe(true);
  });

  it('paper out before the job: failed, and not one byte of the ticket is sent', async () => {
    const { f, printer } = await setup('paper_out');
    const res = await printer.print(sampleJob());
    expect(res.outcome).toBe('failed');
    expect(res.state).toBe('paper_out');
    expect(res.message).toMatch(/Закінчився папір/);
    await f.waitForClosed(1);
    expect(f.jobs[0]?.payload.length).toBe(0);
    expect(f.jobs[0]?.queries).toEqual(QUERIES);
  });

  it('cover open and mechanical error also block the job', async () => {
    for (const [state, expected] of [['cover_open', 'cover_open'], ['error', 'error']] as const) {
      const { f, printer } = await setup(state);
      const res = await printer.print(sampleJob());
      expect(res).toMatchObject({ outcome: 'failed', state: expected });
      await f.waitForClosed(1);
      expect(f.jobs[0]?.payload.length).toBe(0);
      await f.close();
    }
  });

  it('silent printer: no_answer, failed, nothing printed', async () => {
    const { f, printer } = await setup('silent', 'epson-cp1251', { timeoutMs: 400 });
    const res = await printer.print(sampleJob());
    expect(res).toMatchObject({ outcome: 'failed', state: 'no_answer' });
    await f.waitForClosed(1);
    expect(f.jobs[0]?.payload.length).toBe(0);
    expect(f.jobs[0]?.queries).toEqual([1, 2, 4]); // sent together; gave up after one unanswered wait
    expect((await printer.status()).state).toBe('no_answer');
  });

  it('near end: prints and reports paper_near_end', async () => {
    const { f, printer } = await setup('near_end');
    const res = await printer.print(sampleJob());
    expect(res.outcome).toBe('printed');
    expect(res.state).toBe('paper_near_end');
    expect(res.message).toMatch(/Папір закінчується/);
    await f.waitForClosed(1);
    expect(f.jobs[0]?.payload.length).toBeGreaterThan(100);
  });

  it('connection dropped mid-job: uncertain (the visitor may hold half a ticket)', async () => {
    // raster: a big job, so the drop happens while we are still sending
    const { f, printer } = await setup('drop_mid_job', 'raster', { midJobBytes: 2000 });
    const res = await printer.print(sampleJob());
    expect(res.outcome).toBe('uncertain');
    expect(res.message).toBeDefined();
    await f.waitForClosed(1);
    expect(f.jobs[0]?.dropped).toBe(true);
    expect(f.jobs[0]?.payload.length).toBeGreaterThan(0);
  });

  it('paper runs out mid-job: uncertain, and the next job is refused', async () => {
    const { f, printer } = await setup('runs_out_mid_job', 'epson-cp1251', { midJobBytes: 100 });
    const first = await printer.print(sampleJob({ jobId: 'j1' }));
    expect(first).toMatchObject({ outcome: 'uncertain', state: 'paper_out' });
    const second = await printer.print(sampleJob({ jobId: 'j2' }));
    expect(second).toMatchObject({ outcome: 'failed', state: 'paper_out' });
    await f.waitForClosed(2);
    expect(f.jobs[1]?.payload.length).toBe(0);
  });

  it('slow reader: the whole raster ticket still arrives intact', async () => {
    const { f, printer } = await setup('slow', 'raster');
    const job = sampleJob();
    const res = await printer.print(job);
    expect(res.outcome).toBe('printed');
    await f.waitForClosed(1);
    const expected = encode(layout(job, { paperWidth: 80 }), resolveProfile('raster', 80));
    expect(f.jobs[0]?.payload.equals(expected)).toBe(true);
    const ast = await parseEscPos(f.jobs[0]?.payload ?? Buffer.alloc(0));
    expect(ast.entries.some((e) => e.type === 'raster')).toBe(true);
  });

  it('status() on its own connection; nothing printed; concurrent calls are serialised', async () => {
    const { f, printer } = await setup('ok');
    const [a, b, c] = await Promise.all([printer.status(), printer.print(sampleJob({ jobId: 'x' })), printer.status()]);
    expect(a.state).toBe('online');
    expect(b.outcome).toBe('printed');
    expect(c).toMatchObject({ state: 'online', ticketsSinceRollChange: 1 });
    await f.waitForClosed(3);
    expect(f.jobs.map((j) => j.payload.length > 0)).toEqual([false, true, false]);
    f.setState('near_end');
    expect((await printer.status()).state).toBe('paper_near_end');
  });

  it('no printer listening: failed with no_answer and a message', async () => {
    const { f } = await setup('ok');
    const port = f.port;
    await f.close();
    fake = null;
    const printer = createPrinter({ transport: 'tcp', host: '127.0.0.1', port, profile: 'raster', paperWidth: 58, timeoutMs: 300 });
    const res = await printer.print(sampleJob());
    expect(res.outcome).toBe('failed');
    expect(res.state).toBe('no_answer');
    expect(res.message).toMatch(/127\.0\.0\.1/);
  });

  it('test page prints every Ukrainian letter in the profile code page', async () => {
    const { f, printer } = await setup('ok', 'clone-cp1251-73');
    expect((await printer.testPage()).outcome).toBe('printed');
    await f.waitForClosed(1);
    const ast = await parseEscPos(f.jobs[0]?.payload ?? Buffer.alloc(0));
    const text = new TextDecoder('windows-1251').decode(Buffer.concat(ast.entries.filter((e) => e.type === 'text').map((e) => e.data as Buffer)));
    for (const ch of 'ҐґЄєІіЇї№') expect(text).toContain(ch);
    expect(text).toContain('ESC t 73');
  });
});
