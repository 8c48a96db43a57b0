// The check after a job, in the background. A printer is asked about its state once a job's
// bytes have had time to reach paper (settleMs); until then the job is "written, not yet
// confirmed". The next job does not wait for that check: whichever status read comes first
// speaks for every job written before it — a blocking state (paper out, cover open, no
// answer) makes them all uncertain at once, a good state confirms those written at least
// settleMs earlier. When no read comes by itself, a timer asks the printer.
import type { PrinterState } from '@cherha/contracts';
import { BLOCKING_STATES } from './status';

interface Written {
  at: number;
  resolve: (state: PrinterState) => void;
}

export class AfterCheck {
  private written: Written[] = [];
  private timer: NodeJS.Timeout | null = null;
  /** a check is queued or running: one at a time is enough */
  private checking = false;

  constructor(
    private readonly settleMs: number,
    /** asks the printer (on its one-at-a-time queue) and calls observe() with the answer */
    private readonly check: () => Promise<void>,
    private readonly now: () => number = Date.now,
  ) {}

  /** jobs written and not yet confirmed */
  get pending(): number {
    return this.written.length;
  }

  /** A job's bytes are out: resolves with the state that decides it (see the file comment). */
  add(): Promise<PrinterState> {
    return new Promise((resolve) => {
      this.written.push({ at: this.now(), resolve });
      this.schedule();
    });
  }

  /** A status read of this printer, taken at `at` (ms). */
  observe(state: PrinterState, at: number = this.now()): void {
    if (this.written.length === 0) return;
    const blocking = BLOCKING_STATES.includes(state);
    const decided = blocking ? this.written : this.written.filter((w) => at - w.at >= this.settleMs);
    this.written = blocking ? [] : this.written.filter((w) => at - w.at < this.settleMs);
    for (const w of decided) w.resolve(state);
    this.schedule();
  }

  private schedule(): void {
    if (this.timer !== null || this.checking || this.written.length === 0) return;
    const due = Math.max(0, this.written[0]!.at + this.settleMs - this.now());
    // not unref'd: a job's outcome must be known before the process may end
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.written.length === 0) return;
      this.checking = true;
      void this.check()
        .catch(() => undefined)
        .finally(() => {
          this.checking = false;
          this.schedule();
        });
    }, due);
  }
}
