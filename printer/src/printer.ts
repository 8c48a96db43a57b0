// createPrinter: the one object the server and the print agent use. It owns the transport,
// the profile, the roll counter, and the rule "check before, print, check after".
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { PrinterState, PrintJob } from '@cherha/contracts';
import { AfterCheck } from './after-check';
import { bitmapToPng } from './bitmap';
import { renderPngOffThread } from './preview/render-pool';
import { sweepPreviewsNowAndThen } from './preview/retention';
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

/** What the kiosk's answer needs to know: is the ticket going to paper, or shown on screen? */
export type Decision = { queued: true } | { queued: false; outcome: PrintOutcome };

export interface Submission {
  /**
   * Settles as soon as that is known, never after an earlier job's paper: with the printer
   * free, after this job's own check before printing (a few ms); while an earlier job is
   * still being sent or checked, at once from the printer's last known state (a later
   * failure is then the job's outcome).
   */
  decision: Promise<Decision>;
  /** the final outcome, after the check that follows the job (in the background) */
  outcome: Promise<PrintOutcome>;
}

export interface Printer {
  readonly profile: Profile;
  readonly config: PrinterConfig;
  /** null for the virtual printer */
  readonly transport: Transport | null;
  /** the final outcome of one job (submit(job).outcome) */
  print(job: PrintJob): Promise<PrintOutcome>;
  submit(job: PrintJob): Submission;
  status(): Promise<PrinterStatus>;
  /** `qrData`: the address the QR code and the text under it show (the server's ticket-page address) */
  testPage(opts?: { qrData?: string; loopbackAddress?: boolean }): Promise<PrintOutcome>;
  /** a page that is not a ticket (a service's list of documents, card-document.ts), in the same queue */
  printDocument(doc: TicketDocument): Promise<PrintOutcome>;
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

/**
 * What a refusal or a stop mid-job adds to the state's words (`${STATE_MESSAGES[state]}${…}`):
 * the outcome, which the server also sends as a code, so screens that translate codes drop it.
 */
export const OUTCOME_WORDS = { refused: ': талон не надруковано', midJob: ' під час друку: талон міг не надрукуватися' } as const;

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
  // Only short things run here (check, send, close); the wait for paper does not (AfterCheck).
  let chain: Promise<unknown> = Promise.resolve();
  let queued = 0;
  function exclusive<T>(fn: () => Promise<T>): Promise<T> {
    queued += 1;
    const run = chain.then(fn, fn).finally(() => (queued -= 1));
    chain = run.catch(() => undefined);
    return run;
  }

  // the check after each job, in the background; its answer decides the jobs written before it
  const after = new AfterCheck(settleMs, () => exclusive(async () => {
    if (after.pending === 0 || !transport) return;
    observed(await stateNow());
  }));
  /** every status read goes through here: it may decide jobs waiting for their check */
  function observed(state: PrinterState): PrinterState {
    // the known state answers kiosks while the printer is busy: keep it fresh
    lastState = state;
    after.observe(state);
    return state;
  }
  async function stateNow(): Promise<PrinterState> {
    let conn: Connection;
    try {
      conn = await transport!.open();
    } catch {
      return 'no_answer';
    }
    try {
      return (await queryState(conn)).state;
    } finally {
      await conn.close().catch(() => undefined);
    }
  }

  /** Fold in the roll counter: a printer without a sensor says "online" to the last ticket. */
  function withCounter(state: PrinterState): PrinterState {
    return counter.nearEnd && (state === 'online' || state === 'unknown') ? 'paper_near_end' : state;
  }

  async function queryState(conn: Connection): Promise<{ state: PrinterState; detail: string }> {
    // the three requests in one round trip where the link allows it (they are answered in order)
    if (conn.queryAll) {
      const [printer = null, offlineCause = null, paperSensor = null] = await conn.queryAll([DLE_EOT.printer, DLE_EOT.offlineCause, DLE_EOT.paperSensor], timeoutMs);
      return decodeStatus({ printer, offlineCause, paperSensor });
    }
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
    // drawn in a worker thread: ~140 ms of CPU must not hold other kiosks' answers
    const png = await renderPngOffThread(doc, profile);
    await mkdir(outputDir, { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const file = join(outputDir, `${stamp}_${safeFileName(doc.title)}.png`);
    await writeFile(file, png);
    counter.increment();
    if (config.previewKeepHours !== undefined) await sweepPreviewsNowAndThen(outputDir, config.previewKeepHours * 3_600_000).catch(() => undefined);
    return outcome('printed', withCounter('online'), undefined, { previewPath: file });
  }

  /**
   * Check, send, close — on the printer's queue; then the job waits for its after-check
   * outside the queue. `decide` is told as soon as it is known whether the job goes to paper.
   */
  async function printDocument(doc: TicketDocument, decide: (d: Decision) => void): Promise<PrintOutcome> {
    const refuse = (o: PrintOutcome): PrintOutcome => {
      decide({ queued: false, outcome: o });
      return o;
    };
    let bytes: Buffer;
    try {
      // encoding first even for the virtual printer: it must refuse what a real one cannot print
      bytes = encode(doc, profile);
    } catch (err) {
      return refuse(outcome('failed', lastState, `Талон не сформовано: ${errorText(err)}`));
    }
    if (!transport) {
      decide({ queued: true });
      return printVirtual(doc);
    }
    const sent = await exclusive(async (): Promise<PrintOutcome | 'written'> => {
      let conn: Connection;
      try {
        conn = await transport.open();
      } catch (err) {
        observed('no_answer');
        return refuse(outcome('failed', 'no_answer', `${STATE_MESSAGES.no_answer}: ${errorText(err)}`));
      }
      try {
        if (transport.bidirectional) {
          const before = await queryState(conn);
          observed(before.state);
          if (BLOCKING_STATES.includes(before.state)) {
            return refuse(outcome('failed', before.state, `${STATE_MESSAGES[before.state]}${OUTCOME_WORDS.refused}`));
          }
        }
        decide({ queued: true });
        try {
          await conn.write(bytes);
        } catch (err) {
          // some bytes may already be on paper: the visitor may or may not have a ticket
          counter.increment();
          return outcome('uncertain', 'no_answer', `Звʼязок обірвався під час друку: ${errorText(err)}`);
        }
        counter.increment();
        if (!transport.bidirectional) return 'written';
        // asked at once on the same link (real-time requests are answered while printing): a
        // dropped link or a printer already stopped means the visitor may hold half a ticket
        const now = await queryState(conn);
        observed(now.state);
        if (now.state === 'no_answer') return outcome('uncertain', 'no_answer', `Звʼязок обірвався під час друку: ${STATE_MESSAGES.no_answer}`);
        if (BLOCKING_STATES.includes(now.state)) {
          return outcome('uncertain', now.state, `${STATE_MESSAGES[now.state]}${OUTCOME_WORDS.midJob}`);
        }
        return 'written';
      } finally {
        await conn.close().catch(() => undefined);
      }
    });
    if (sent !== 'written') return sent;
    if (!transport.bidirectional) return outcome('printed', withCounter('unknown'));
    // the next job is not held by this wait: the after-check runs by itself
    const state = await after.add();
    if (BLOCKING_STATES.includes(state)) {
      return outcome('uncertain', state, `${STATE_MESSAGES[state]}${OUTCOME_WORDS.midJob}`);
    }
    return outcome('printed', withCounter(state));
  }

  /** a job for the printer: decided at once when an earlier job still holds the printer */
  function submit(doc: () => TicketDocument): Submission {
    let decide!: (d: Decision) => void;
    const decision = new Promise<Decision>((resolve) => (decide = resolve));
    // busy with an earlier job or check: answer from what is known, the job keeps its turn
    if (queued > 0 && transport !== null && !BLOCKING_STATES.includes(lastState)) decide({ queued: true });
    const run = async (): Promise<PrintOutcome> => {
      let d: TicketDocument;
      try {
        d = doc();
      } catch (err) {
        const o = outcome('failed', lastState, `Талон не сформовано: ${errorText(err)}`);
        decide({ queued: false, outcome: o });
        return o;
      }
      return printDocument(d, decide);
    };
    const result = run().catch((err: unknown): PrintOutcome => outcome('uncertain', 'error', errorText(err)));
    // whatever happened, the decision is made by the time the outcome is known
    void result.then((o) => decide(o.outcome === 'failed' ? { queued: false, outcome: o } : { queued: true }));
    return { decision, outcome: result };
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
      return done(observed('no_answer'), `${STATE_MESSAGES.no_answer}: ${errorText(err)}`);
    }
    try {
      return done(withCounter(observed((await queryState(conn)).state)));
    } finally {
      await conn.close().catch(() => undefined);
    }
  }

  const jobDocument = (job: PrintJob) => () => layout(job, { paperWidth: config.paperWidth });

  return {
    profile,
    config,
    transport,
    print: (job) => submit(jobDocument(job)).outcome,
    submit: (job) => submit(jobDocument(job)),
    status: () => exclusive(status),
    testPage: (opts = {}) => submit(() => testPageDocument(profile, { paperWidth: config.paperWidth, now: new Date(), ...opts })).outcome,
    printDocument: (doc) => submit(() => doc).outcome,
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
