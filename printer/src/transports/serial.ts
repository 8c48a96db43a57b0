// RS-232 / USB-serial printers through serialport (its prebuilt bindings ship inside the npm
// package). The port is opened per job like TCP, so a status poll and a job never interleave.
import { SerialPort } from 'serialport';
import { queryAllOnce, queryOnce, ReplyInbox, type Connection, type Transport } from './types';

export type FlowControl = 'none' | 'rtscts' | 'xonxoff';

export interface SerialOptions {
  path: string;
  baudRate?: number;
  flowControl?: FlowControl;
  /** a write that does not drain in this time = printer stopped (e.g. held by RTS/CTS) */
  writeTimeoutMs?: number;
}

class SerialConnection implements Connection {
  private readonly inbox = new ReplyInbox();
  private closed = false;

  constructor(
    private readonly port: SerialPort,
    private readonly writeTimeoutMs: number,
  ) {
    port.on('data', (chunk: Buffer) => this.inbox.push(chunk));
    port.on('close', () => {
      this.closed = true;
      this.inbox.fail();
    });
    port.on('error', () => {
      this.closed = true;
      this.inbox.fail();
    });
  }

  get broken(): boolean {
    return this.closed || !this.port.isOpen;
  }

  write(data: Buffer): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.broken) return reject(new Error('serial port closed'));
      const timer = setTimeout(() => reject(new Error(`serial write did not drain in ${this.writeTimeoutMs} ms`)), this.writeTimeoutMs);
      this.port.write(data, (err) => {
        if (err) {
          clearTimeout(timer);
          reject(err);
        }
      });
      this.port.drain((err) => {
        clearTimeout(timer);
        if (err) reject(err);
        else resolve();
      });
    });
  }

  query(request: Buffer, timeoutMs: number): Promise<number | null> {
    return queryOnce(this, this.inbox, request, timeoutMs);
  }

  queryAll(requests: readonly Buffer[], timeoutMs: number): Promise<(number | null)[]> {
    return queryAllOnce(this, this.inbox, requests, timeoutMs);
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (!this.port.isOpen) return resolve();
      this.port.close(() => resolve());
    });
  }
}

export function serialTransport(opts: SerialOptions): Transport {
  const flow = opts.flowControl ?? 'none';
  return {
    kind: 'serial',
    bidirectional: true,
    open: () =>
      new Promise<Connection>((resolve, reject) => {
        const port = new SerialPort({
          path: opts.path,
          baudRate: opts.baudRate ?? 9600,
          rtscts: flow === 'rtscts',
          xon: flow === 'xonxoff',
          xoff: flow === 'xonxoff',
          autoOpen: false,
        });
        port.open((err) => {
          if (err) reject(new Error(`cannot open serial port ${opts.path}: ${err.message}`));
          else resolve(new SerialConnection(port, opts.writeTimeoutMs ?? 60_000));
        });
      }),
  };
}
