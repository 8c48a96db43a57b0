// Raw TCP (port 9100, "JetDirect"). One connection per job: printers serve one client at a
// time, and a connection held open by us would block the admin's test page or another host.
import net from 'node:net';
import { queryAllOnce, queryOnce, ReplyInbox, type Connection, type Transport } from './types';

export interface TcpOptions {
  host: string;
  port?: number;
  connectTimeoutMs?: number;
  /** no progress on the socket for this long = the printer is stuck; give up */
  idleTimeoutMs?: number;
}

class TcpConnection implements Connection {
  private readonly inbox = new ReplyInbox();
  private failure: Error | null = null;
  private closed = false;

  constructor(
    private readonly socket: net.Socket,
    idleTimeoutMs: number,
  ) {
    socket.on('data', (chunk: Buffer) => this.inbox.push(chunk));
    socket.setTimeout(idleTimeoutMs, () => socket.destroy(new Error(`printer idle for ${idleTimeoutMs} ms`)));
    socket.on('error', (err) => {
      this.failure ??= err;
    });
    socket.on('close', () => {
      this.closed = true;
      this.inbox.fail();
    });
    // the printer closing its side means it will not take (or answer) anything more
    socket.on('end', () => {
      this.failure ??= new Error('printer closed the connection');
      socket.destroy();
    });
  }

  get broken(): boolean {
    return this.closed || this.failure !== null;
  }

  write(data: Buffer): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.broken) return reject(this.failure ?? new Error('connection closed'));
      const onClose = (): void => reject(this.failure ?? new Error('connection closed while sending'));
      this.socket.once('close', onClose);
      this.socket.write(data, (err) => {
        this.socket.off('close', onClose);
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
      if (this.closed) return resolve();
      // end() flushes what is queued, then FIN; a peer that never closes its side is cut off
      const timer = setTimeout(() => this.socket.destroy(), 2000);
      this.socket.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
      this.socket.end();
    });
  }
}

export function tcpTransport(opts: TcpOptions): Transport {
  const port = opts.port ?? 9100;
  const connectTimeoutMs = opts.connectTimeoutMs ?? 3000;
  const idleTimeoutMs = opts.idleTimeoutMs ?? 10_000;
  return {
    kind: 'tcp',
    bidirectional: true,
    open: () =>
      new Promise<Connection>((resolve, reject) => {
        const socket = net.connect({ host: opts.host, port });
        socket.setNoDelay(true);
        const timer = setTimeout(() => {
          socket.destroy();
          reject(new Error(`no connection to ${opts.host}:${port} within ${connectTimeoutMs} ms`));
        }, connectTimeoutMs);
        socket.once('error', (err) => {
          clearTimeout(timer);
          reject(new Error(`cannot connect to ${opts.host}:${port}: ${err.message}`));
        });
        socket.once('connect', () => {
          clearTimeout(timer);
          socket.removeAllListeners('error');
          resolve(new TcpConnection(socket, idleTimeoutMs));
        });
      }),
  };
}
