// One-way transports: the Linux usblp device (/dev/usb/lp0 or a udev symlink) and a plain
// file. Both are written with fs, so no native USB module is needed. usblp can technically
// read back, but many printers never answer through it and a blocked read would hang the
// thread pool, so status is "unknown" here (the roll counter still warns about paper).
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import type { Connection, Transport } from './types';

export interface DeviceOptions {
  path: string;
  /** a write the kernel does not accept in this time = printer stopped */
  writeTimeoutMs?: number;
}

/**
 * A write the kernel did not take (usblp blocks while the paper is out) cannot be cancelled:
 * it stays pending in libuv until the printer takes the bytes. While it is pending the device
 * is "stalled": new jobs are refused at once instead of queueing behind it, and the handle is
 * closed only when that write ends (closing earlier would wait for it anyway and hang the job).
 */
interface StallState {
  pending: Promise<unknown> | null;
}

class FileConnection implements Connection {
  broken = false;
  constructor(
    private readonly fh: FileHandle,
    private readonly writeTimeoutMs: number,
    private readonly stall: StallState,
  ) {}

  async write(data: Buffer): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const writing = this.fh.write(data);
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        this.broken = true;
        const pending = writing.catch(() => undefined).finally(() => {
          if (this.stall.pending === pending) this.stall.pending = null;
        });
        this.stall.pending = pending;
        reject(new Error(`пристрій не прийняв дані за ${this.writeTimeoutMs} мс`));
      }, this.writeTimeoutMs);
    });
    try {
      await Promise.race([writing, timeout]);
    } catch (err) {
      this.broken = true;
      throw err;
    } finally {
      clearTimeout(timer);
    }
  }

  query(): Promise<number | null> {
    return Promise.resolve(null);
  }

  async close(): Promise<void> {
    const pending = this.stall.pending;
    if (pending) {
      // close after the stuck write ends; do not make the caller wait for the printer
      void pending.finally(() => this.fh.close().catch(() => undefined));
      return;
    }
    await this.fh.close().catch(() => undefined);
  }
}

function fsTransport(kind: 'usb' | 'file', flags: string | number, opts: DeviceOptions): Transport {
  const stall: StallState = { pending: null };
  return {
    kind,
    bidirectional: false,
    stalled: () => stall.pending !== null,
    open: async () => {
      if (stall.pending) throw new Error('принтер ще не прийняв попередній талон (скінчився папір?)');
      try {
        return new FileConnection(await open(opts.path, flags), opts.writeTimeoutMs ?? 30_000, stall);
      } catch (err) {
        const msg = err instanceof Error ? err.message : String(err);
        throw new Error(`cannot open ${opts.path}: ${msg}`);
      }
    },
  };
}

/** usblp character device: write-only and never O_CREAT, so a typo or an unplugged printer
 * is an error instead of a regular file quietly collecting tickets under /dev. */
export function usbTransport(opts: DeviceOptions): Transport {
  return fsTransport('usb', constants.O_WRONLY, opts);
}

/** Appends each job to a file (capture for debugging, or a spool picked up by something else). */
export function fileTransport(opts: DeviceOptions): Transport {
  return fsTransport('file', 'a', opts);
}
