import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeStatus, RollCounter, createPrinter, memoryTransport, resolveProfile } from '../src/index';
import { FAKE_STATES, statusReply, sampleJob } from '../src/testing/index';

describe('DLE EOT decoding', () => {
  it('maps each fake state to the PRINTER_STATES value', () => {
    const expected = { ok: 'online', near_end: 'paper_near_end', paper_out: 'paper_out', cover_open: 'cover_open', error: 'error', silent: 'no_answer', drop_mid_job: 'online', runs_out_mid_job: 'online', slow: 'online' } as const;
    for (const s of FAKE_STATES) {
      const got = decodeStatus({ printer: statusReply(s, 1), offlineCause: statusReply(s, 2), paperSensor: statusReply(s, 4) });
      expect(got.state, s).toBe(expected[s]);
    }
  });

  it('a reply without the fixed bits is not a status byte', () => {
    expect(decodeStatus({ printer: 0xff, offlineCause: null, paperSensor: null }).state).toBe('unknown');
    // offline with no known cause is an error; paper end seen only via DLE EOT 2 still counts
    expect(decodeStatus({ printer: 0x1a, offlineCause: 0x12, paperSensor: 0x12 }).state).toBe('error');
    expect(decodeStatus({ printer: 0x1a, offlineCause: 0x32, paperSensor: null }).state).toBe('paper_out');
  });
});

describe('roll counter', () => {
  it('reports paper_near_end from the threshold on, survives restarts, resets', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cherha-roll-')), 'roll.json');
    const transport = memoryTransport();
    const printer = createPrinter({ transport: 'memory', profile: 'epson-cp1251', paperWidth: 80, nearEndAfterTickets: 2, rollCounterFile: file }, { transport });
    expect((await printer.status()).state).toBe('unknown'); // one-way transport, fresh roll
    expect((await printer.print(sampleJob({ jobId: 'a' }))).state).toBe('unknown');
    const second = await printer.print(sampleJob({ jobId: 'b' }));
    expect(second).toMatchObject({ outcome: 'printed', state: 'paper_near_end' });
    expect(second.message).toMatch(/Папір закінчується/);
    const again = createPrinter({ transport: 'memory', profile: 'epson-cp1251', paperWidth: 80, nearEndAfterTickets: 2, rollCounterFile: file });
    expect(await again.status()).toMatchObject({ state: 'paper_near_end', ticketsSinceRollChange: 2 });
    again.resetRollCounter();
    expect(await again.status()).toMatchObject({ state: 'unknown', ticketsSinceRollChange: 0 });
    expect(new RollCounter(5, file).value).toBe(0);
  });

  it('memory transport with an answering printer: blocked before the job, nothing written', async () => {
    const transport = memoryTransport({ answer: (req) => (req[2] === 4 ? 0x72 : req[2] === 2 ? 0x32 : 0x1a) });
    const printer = createPrinter({ transport: 'memory', profile: 'epson-cp1251', paperWidth: 58, settleMs: 0 }, { transport });
    const res = await printer.print(sampleJob());
    expect(res).toMatchObject({ outcome: 'failed', state: 'paper_out' });
    expect(transport.sent().length).toBe(0);
  });
});

describe('config and profiles', () => {
  it('rejects bad configs with a message naming the field', () => {
    expect(() => createPrinter({ transport: 'tcp', profile: 'epson-cp1251', paperWidth: 80 })).toThrow(/host: для мережевого принтера \(tcp\) потрібна адреса/);
    expect(() => createPrinter({ transport: 'usb', profile: 'epson-cp1251', paperWidth: 80 })).toThrow(/path:.*\/dev\/usb\/lp0/);
    expect(() => createPrinter({ transport: 'virtual', profile: 'star-cp1251', paperWidth: 80 })).toThrow(/unknown printer profile; presets: epson-cp1251/);
    // @ts-expect-error paper width is 58 or 80
    expect(() => createPrinter({ transport: 'virtual', profile: 'raster', paperWidth: 76 })).toThrow(/paperWidth/);
    expect(() => createPrinter({ transport: 'virtual', profile: { preset: 'raster', codePageNumber: 999 }, paperWidth: 80 })).toThrow(/profile/);
  });

  it('a preset plus overrides', () => {
    const p = resolveProfile({ preset: 'clone-cp1251-73', codePageNumber: 17, beep: true }, 58);
    expect(p).toMatchObject({ codePage: 'cp1251', codePageNumber: 17, cancelChineseMode: true, beep: true, dotsPerLine: 384, columns: 32 });
    expect(resolveProfile('epson-cp1125', 80)).toMatchObject({ codePageNumber: 44, dotsPerLine: 576, columns: 48, cancelChineseMode: false });
  });
});
