import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { createPrinter, renderPreviewPng } from '../src/index';
import { sampleJob } from '../src/testing/index';
import { tempDir, zbarimg } from './helpers';

describe('virtual printer (demo default)', () => {
  it('saves a PNG of each ticket that a person (and zbarimg) can read', async () => {
    const outputDir = join(tempDir('virtual'), 'printed');
    const printer = createPrinter({ transport: 'virtual', profile: 'epson-cp1251', paperWidth: 80, outputDir });
    const job = sampleJob({ jobId: 'job/../42' });
    const res = await printer.print(job);
    expect(res.outcome).toBe('printed');
    expect(res.state).toBe('online');
    const path = res.previewPath ?? '';
    expect(path.startsWith(outputDir)).toBe(true);
    expect(existsSync(path)).toBe(true);
    expect(path).not.toContain('/../');
    const png = PNG.sync.read(readFileSync(path));
    expect(png.width).toBe(576);
    expect(png.height).toBeGreaterThan(600);
    expect(zbarimg(path)).toEqual([job.statusUrl]);
    expect((await printer.status()).ticketsSinceRollChange).toBe(1);
    expect((await printer.testPage()).outcome).toBe('printed');
    expect(readdirSync(outputDir)).toHaveLength(2);
  });

  it('refuses what the real printer could not print (same code-page check)', async () => {
    const outputDir = tempDir('virtual-bad');
    const printer = createPrinter({ transport: 'virtual', profile: 'epson-cp1125', paperWidth: 58, outputDir });
    const res = await printer.print(sampleJob({ footer: 'Ласкаво просимо ☺' }));
    expect(res.outcome).toBe('failed');
    expect(res.message).toMatch(/☺/);
    expect(readdirSync(outputDir)).toHaveLength(0);
  });

  it('renderPreviewPng gives the same ticket for the admin UI, 58 mm wide', () => {
    const png = PNG.sync.read(renderPreviewPng(sampleJob(), 'raster', 58));
    expect(png.width).toBe(384);
  });
});

describe('one-way transports: file (and usb, which is the same code on /dev/usb/lp0)', () => {
  it('appends the job bytes; status is unknown', async () => {
    const path = join(tempDir('file'), 'spool.bin');
    const printer = createPrinter({ transport: 'file', path, profile: 'clone-cp1251-23', paperWidth: 58 });
    expect((await printer.status()).state).toBe('unknown');
    expect(await printer.print(sampleJob())).toEqual({ outcome: 'printed', state: 'unknown' });
    const first = readFileSync(path).length;
    await printer.print(sampleJob({ jobId: 'j2' }));
    expect(readFileSync(path).length).toBe(first * 2);
  });

  it('usb device that is not there: failed with the path in the message', async () => {
    const printer = createPrinter({ transport: 'usb', path: '/dev/usb/cherha-missing', profile: 'raster', paperWidth: 80 });
    const res = await printer.print(sampleJob());
    expect(res).toMatchObject({ outcome: 'failed', state: 'no_answer' });
    expect(res.message).toMatch(/cherha-missing/);
  });
});
