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

class FileConnection implements Connection {
  broken = false;
  constructor(
    private readonly fh: FileHandle,
    private readonly writeTimeoutMs: number,
  ) {}

  async write(data: Buffer): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        this.broken = true;
        reject(new Error(`device did not accept the data in ${this.writeTimeoutMs} ms`));
      }, this.writeTimeoutMs);
    });
    try {
      await Promise.race([this.fh.write(data), timeout]);
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
    await this.fh.close().catch(() => undefined);
  }
}

function fsTransport(kind: 'usb' | 'file', flags: string | number, opts: DeviceOptions): Transport {
  return {
    kind,
    bidirectional: false,
    open: async () => {
      try {
        return new FileConnection(await open(opts.path, flags), opts.writeTimeoutMs ?? 30_000);
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
