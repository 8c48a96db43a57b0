// The protocol half of the fake printer, independent of the link (TCP socket or serial pty):
// it splits the incoming stream into real-time status queries (answered from the state) and
// print payload (recorded). Bitmap and QR data are skipped by length, as a real printer's
// command parser does, so a 0x10 0x04 inside an image is not taken for a query.
export const FAKE_STATES = ['ok', 'near_end', 'paper_out', 'cover_open', 'error', 'silent', 'drop_mid_job', 'runs_out_mid_job', 'slow'] as const;
export type FakeState = (typeof FAKE_STATES)[number];

export interface FakeJob {
  /** every byte received on this connection, queries included */
  received: Buffer;
  /** what would be printed: received minus DLE EOT queries */
  payload: Buffer;
  /** n of every DLE EOT n received */
  queries: number[];
  /** the fake cut the link (drop_mid_job) */
  dropped: boolean;
  /** the client closed the connection */
  closed: boolean;
}

/** Reply byte for DLE EOT n in a state; null = stay silent. */
export function statusReply(state: FakeState, n: number): number | null {
  const base = 0x12;
  if (state === 'silent') return null;
  const s = state === 'runs_out_mid_job' || state === 'drop_mid_job' || state === 'slow' ? 'ok' : state;
  switch (n) {
    case 1:
      return s === 'paper_out' || s === 'cover_open' || s === 'error' ? base | 0x08 : base;
    case 2:
      if (s === 'paper_out') return base | 0x20;
      if (s === 'cover_open') return base | 0x04;
      if (s === 'error') return base | 0x40;
      return base;
    case 4:
      if (s === 'paper_out') return base | 0x60;
      if (s === 'near_end') return base | 0x0c;
      return base;
    default:
      return base;
  }
}

/** ESC/GS/FS commands with a fixed count of parameter bytes (enough for our tickets). */
const FIXED_PARAMS: Record<number, Record<number, number>> = {
  0x1b: { 0x40: 0, 0x74: 1, 0x61: 1, 0x45: 1, 0x64: 1, 0x21: 1, 0x2d: 1, 0x33: 1, 0x32: 0, 0x4d: 1, 0x4a: 1, 0x42: 2, 0x7b: 1 },
  0x1d: { 0x21: 1, 0x42: 1, 0x56: 1, 0x72: 1 },
  0x1c: { 0x2e: 0, 0x26: 0 },
};

export interface FakeCoreOptions {
  getState: () => FakeState;
  /** the printer's state changed by itself (paper ran out mid-job) */
  setState: (s: FakeState) => void;
  /** payload bytes after which drop_mid_job / runs_out_mid_job strike */
  midJobBytes: number;
}

export class FakePrinterCore {
  readonly job: FakeJob = { received: Buffer.alloc(0), payload: Buffer.alloc(0), queries: [], dropped: false, closed: false };
  private pending = Buffer.alloc(0);
  private payloadParts: Buffer[] = [];
  private receivedParts: Buffer[] = [];
  private payloadLength = 0;

  constructor(private readonly opts: FakeCoreOptions) {}

  /** Feed received bytes; returns the reply bytes to send and whether to cut the link. */
  feed(chunk: Buffer): { reply: Buffer; drop: boolean } {
    this.receivedParts.push(Buffer.from(chunk));
    this.job.received = Buffer.concat(this.receivedParts);
    const buf = Buffer.concat([this.pending, chunk]);
    const replies: number[] = [];
    let drop = false;
    let i = 0;
    const emit = (from: number, to: number): void => {
      if (to <= from) return;
      this.payloadParts.push(buf.subarray(from, to));
      this.payloadLength += to - from;
    };
    while (i < buf.length) {
      const b = buf[i] ?? 0;
      const need = this.commandLength(buf, i);
      if (need === null) break; // incomplete command: wait for more bytes
      if (b === 0x10 && buf[i + 1] === 0x04) {
        const n = buf[i + 2] ?? 0;
        this.job.queries.push(n);
        const r = statusReply(this.opts.getState(), n);
        if (r !== null) replies.push(r);
      } else {
        emit(i, i + need);
      }
      i += need;
      const state = this.opts.getState();
      if (this.payloadLength > this.opts.midJobBytes) {
        if (state === 'drop_mid_job') {
          drop = true;
          this.job.dropped = true;
          break;
        }
        if (state === 'runs_out_mid_job') this.opts.setState('paper_out');
      }
    }
    this.pending = drop ? Buffer.alloc(0) : Buffer.from(buf.subarray(i));
    this.job.payload = Buffer.concat(this.payloadParts);
    return { reply: Buffer.from(replies), drop };
  }

  /** bytes the command at i spans, or null if it is not complete yet */
  private commandLength(buf: Buffer, i: number): number | null {
    const b = buf[i] ?? 0;
    const avail = buf.length - i;
    if (b === 0x10) {
      if (avail < 2) return null;
      if (buf[i + 1] !== 0x04) return 1;
      return avail >= 3 ? 3 : null;
    }
    if (b === 0x1d && avail >= 2 && buf[i + 1] === 0x76) {
      if (avail < 8) return null;
      const w = (buf[i + 4] ?? 0) + (buf[i + 5] ?? 0) * 256;
      const h = (buf[i + 6] ?? 0) + (buf[i + 7] ?? 0) * 256;
      return 8 + w * h <= avail ? 8 + w * h : null;
    }
    if (b === 0x1d && avail >= 2 && buf[i + 1] === 0x28) {
      if (avail < 5) return null;
      const len = (buf[i + 3] ?? 0) + (buf[i + 4] ?? 0) * 256;
      return 5 + len <= avail ? 5 + len : null;
    }
    const table = FIXED_PARAMS[b];
    if (table) {
      if (avail < 2) return null;
      const params = table[buf[i + 1] ?? 0];
      if (params === undefined) return 1;
      return avail >= 2 + params ? 2 + params : null;
    }
    return 1;
  }
}
