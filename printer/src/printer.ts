// createPrinter: the one object the server and the print agent use. It owns the transport,
// the profile, the roll counter, and the rule "check before, print, check after".
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { PrinterState, PrintJob } from '@cherha/contracts';
import { bitmapToPng } from './bitmap';
import { parsePrinterConfig, type PrinterConfig, type PrinterConfigInput } from './config';
import type { TicketDocument } from './document';
import { encode } from './encode';
import { layout, testPageDocument } from './layout';
import { resolveProfile, type Profile } from './profile';
import { renderDocument } from './render';
import { RollCounter } from './roll-counter';
import { BLOCKING_STATES, decodeStatus, DLE_EOT } from './status';
import { fileTransport, usbTransport } from './transports/device';
import { memoryTransport } from './transports/memory';
import { serialTransport } from './transports/serial';
import { tcpTransport } from './transports/tcp';
import type { Connection, Transport } from './transports/types';

export type Outcome = 'printed' | 'failed' | 'uncertain';

export interface PrintOutcome {
  outcome: Outcome;
  state: PrinterState;
  /** for staff, in Ukrainian */
  message?: string;
  /** virtual printer: the PNG that shows the ticket */
  previewPath?: string;
}

export interface PrinterStatus {
  state: PrinterState;
  ticketsSinceRollChange: number;
  message?: string;
}

export interface Printer {
  readonly profile: Profile;
  readonly config: PrinterConfig;
  /** null for the virtual printer */
  readonly transport: Transport | null;
  print(job: PrintJob): Promise<PrintOutcome>;
  status(): Promise<PrinterStatus>;
  testPage(): Promise<PrintOutcome>;
  resetRollCounter(): void;
  /** tickets printed (or maybe printed) since the last resetRollCounter() */
  readonly ticketsSinceRollChange: number;
}

export const STATE_MESSAGES: Record<PrinterState, string> = {
  online: 'Принтер готовий',
  paper_near_end: 'Папір закінчується: замініть рулон',
  paper_out: 'Закінчився папір',
  cover_open: 'Відкрита кришка принтера',
  error: 'Помилка принтера',
  no_answer: 'Принтер не відповідає',
  unknown: 'Стан принтера невідомий (принтер не повідомляє стан)',
};

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function safeFileName(value: string): string {
  return value.replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(0, 120);
}

export interface PrinterDeps {
  /** use this transport instead of building one from the config (tests) */
  transport?: Transport;
}

export function createPrinter(input: PrinterConfigInput, deps: PrinterDeps = {}): Printer {
  const config = parsePrinterConfig(input);
  const profile = resolveProfile(config.profile, config.paperWidth);
  const timeoutMs = config.timeoutMs ?? 2000;
  const settleMs = config.settleMs ?? (config.transport === 'tcp' || config.transport === 'serial' ? 1500 : 0);
  const counter = new RollCounter(config.nearEndAfterTickets, config.rollCounterFile);
  const outputDir = resolve(config.outputDir ?? join('data', 'printed'));
  const transport: Transport | null = deps.transport ?? buildTransport(config, timeoutMs);
  let lastState: PrinterState = 'unknown';

  // One job or status check at a time: a printer is a single serial device even over TCP.
  let chain: Promise<unknown> = Promise.resolve();
  function exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = chain.then(fn, fn);
    chain = run.catch(() => undefined);
    return run;
  }

  /** Fold in the roll counter: a printer without a sensor says "online" to the last ticket. */
  function withCounter(state: PrinterState): PrinterState {
    return counter.nearEnd && (state === 'online' || state === 'unknown') ? 'paper_near_end' : state;
  }

  async function queryState(conn: Connection): Promise<{ state: PrinterState; detail: string }> {
    const printer = await conn.query(DLE_EOT.printer, timeoutMs);
    if (printer === null) return decodeStatus({ printer, offlineCause: null, paperSensor: null });
    const offlineCause = await conn.query(DLE_EOT.offlineCause, timeoutMs);
    const paperSensor = await conn.query(DLE_EOT.paperSensor, timeoutMs);
    return decodeStatus({ printer, offlineCause, paperSensor });
  }

  function outcome(o: Outcome, state: PrinterState, message?: string, extra: Partial<PrintOutcome> = {}): PrintOutcome {
    lastState = state;
    const result: PrintOutcome = { outcome: o, state, ...extra };
    const text = message ?? (state === 'online' || state === 'unknown' ? undefined : STATE_MESSAGES[state]);
    if (text !== undefined) result.message = text;
    return result;
  }

  async function printVirtual(doc: TicketDocument): Promise<PrintOutcome> {
    const png = bitmapToPng(renderDocument(doc, profile));
    await mkdir(outputDir, { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const file = join(outputDir, `${stamp}_${safeFileName(doc.title)}.png`);
    await writeFile(file, png);
    counter.increment();
    return outcome('printed', withCounter('online'), undefined, { previewPath: file });
  }

  async function printDocument(doc: TicketDocument): Promise<PrintOutcome> {
    let bytes: Buffer;
    try {
      // encoding first even for the virtual printer: it must refuse what a real one cannot print
      bytes = encode(doc, profile);
    } catch (err) {
      return outcome('failed', lastState, `Талон не сформовано: ${errorText(err)}`);
    }
    if (!transport) return printVirtual(doc);

    let conn: Connection;
    try {
      conn = await transport.open();
    } catch (err) {
      return outcome('failed', 'no_answer', `${STATE_MESSAGES.no_answer}: ${errorText(err)}`);
    }
    try {
      if (transport.bidirectional) {
        const before = await queryState(conn);
        if (BLOCKING_STATES.includes(before.state)) {
          return outcome('failed', before.state, `${STATE_MESSAGES[before.state]}: талон не надруковано`);
        }
      }
      try {
        await conn.write(bytes);
      } catch (err) {
        // some bytes may already be on paper: the visitor may or may not have a ticket
        counter.increment();
        return outcome('uncertain', 'no_answer', `Зв'язок обірвався під час друку: ${errorText(err)}`);
      }
      counter.increment();
      if (!transport.bidirectional) return outcome('printed', withCounter('unknown'));
      if (settleMs > 0) await new Promise((r) => setTimeout(r, settleMs));
      const after = await queryState(conn);
      if (BLOCKING_STATES.includes(after.state)) {
        return outcome('uncertain', after.state, `${STATE_MESSAGES[after.state]} під час друку: талон міг не надрукуватися`);
      }
      return outcome('printed', withCounter(after.state));
    } finally {
      await conn.close().catch(() => undefined);
    }
  }

  async function status(): Promise<PrinterStatus> {
    const done = (state: PrinterState, message?: string): PrinterStatus => {
      lastState = state;
      const s: PrinterStatus = { state, ticketsSinceRollChange: counter.value };
      const text = message ?? (state === 'online' ? undefined : STATE_MESSAGES[state]);
      if (text !== undefined) s.message = text;
      return s;
    };
    if (!transport) return done(withCounter('online'));
    if (transport.stalled?.()) return done('no_answer', `${STATE_MESSAGES.no_answer}: попередній талон ще не надруковано`);
    if (!transport.bidirectional) return done(withCounter('unknown'));
    let conn: Connection;
    try {
      conn = await transport.open();
    } catch (err) {
      return done('no_answer', `${STATE_MESSAGES.no_answer}: ${errorText(err)}`);
    }
    try {
      return done(withCounter((await queryState(conn)).state));
    } finally {
      await conn.close().catch(() => undefined);
    }
  }

  return {
    profile,
    config,
    transport,
    print: (job) =>
      exclusive(async () => {
        let doc: TicketDocument;
        try {
          doc = layout(job, { paperWidth: config.paperWidth });
        } catch (err) {
          return outcome('failed', lastState, `Талон не сформовано: ${errorText(err)}`);
        }
        return printDocument(doc);
      }),
    status: () => exclusive(status),
    testPage: () => exclusive(() => printDocument(testPageDocument(profile, { paperWidth: config.paperWidth, now: new Date() }))),
    resetRollCounter: () => counter.reset(),
    get ticketsSinceRollChange() {
      return counter.value;
    },
  };
}

function buildTransport(config: PrinterConfig, timeoutMs: number): Transport | null {
  switch (config.transport) {
    case 'virtual':
      return null;
    case 'memory':
      return memoryTransport();
    case 'tcp':
      return tcpTransport({ host: config.host ?? '', port: config.port ?? 9100, connectTimeoutMs: timeoutMs, idleTimeoutMs: Math.max(timeoutMs * 5, 10_000) });
    case 'serial':
      return serialTransport({ path: config.path ?? '', baudRate: config.baudRate ?? 9600, flowControl: config.flowControl ?? 'none' });
    case 'usb':
      return usbTransport({ path: config.path ?? '' });
    case 'file':
      return fileTransport({ path: config.path ?? '' });
  }
}

/** The ticket as a PNG, laid out as `profile` prints it (raster exactly, text mode closely). */
export function renderPreviewPng(job: PrintJob, profileSpec: Parameters<typeof resolveProfile>[0], paperWidth: 58 | 80 = 80): Buffer {
  const profile = resolveProfile(profileSpec, paperWidth);
  return bitmapToPng(renderDocument(layout(job, { paperWidth }), profile));
}
