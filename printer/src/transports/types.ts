// A transport opens a connection per job (or per status check). Bidirectional transports can
// answer real-time status queries; one-way ones (usb lp device, file) report "unknown".
export interface Connection {
  /** resolves once the bytes have left our process (drained to the OS) */
  write(data: Buffer): Promise<void>;
  /**
   * Send a real-time request and wait for one reply byte; null when nothing arrives in time
   * or the connection is gone. Bytes that arrived before the request are discarded first
   * (a late reply to an earlier query must not be read as this one's).
   */
  query(request: Buffer, timeoutMs: number): Promise<number | null>;
  /**
   * Several real-time requests sent together, one reply byte each, in order (one round trip
   * instead of one per request); from the first missing reply on, null. Optional: without it
   * the requests are sent one by one.
   */
  queryAll?(requests: readonly Buffer[], timeoutMs: number): Promise<(number | null)[]>;
  /** true once the peer closed or the link failed */
  readonly broken: boolean;
  close(): Promise<void>;
}

export interface Transport {
  readonly kind: 'tcp' | 'serial' | 'usb' | 'file' | 'memory';
  readonly bidirectional: boolean;
  open(): Promise<Connection>;
  /** a one-way device still holds bytes it would not take (paper out on USB): it cannot print now */
  stalled?(): boolean;
}

/** Shared reply buffer + waiter for byte-stream connections. */
export class ReplyInbox {
  private bytes: number[] = [];
  private waiter: ((b: number | null) => void) | null = null;

  push(chunk: Buffer): void {
    for (const b of chunk) {
      if (this.waiter) {
        const w = this.waiter;
        this.waiter = null;
        w(b);
      } else this.bytes.push(b);
    }
  }

  clear(): void {
    this.bytes = [];
  }

  /** the connection is gone: whoever waits gets null now */
  fail(): void {
    const w = this.waiter;
    this.waiter = null;
    w?.(null);
  }

  next(timeoutMs: number): Promise<number | null> {
    const first = this.bytes.shift();
    if (first !== undefined) return Promise.resolve(first);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiter = null;
        resolve(null);
      }, timeoutMs);
      this.waiter = (b) => {
        clearTimeout(timer);
        resolve(b);
      };
    });
  }
}

/**
 * One real-time query over a byte stream (TCP, serial): drop stale bytes, send, wait for one
 * reply byte. null when the link is gone or nothing comes in time.
 */
export async function queryOnce(conn: Pick<Connection, 'broken' | 'write'>, inbox: ReplyInbox, request: Buffer, timeoutMs: number): Promise<number | null> {
  if (conn.broken) return null;
  inbox.clear();
  try {
    await conn.write(request);
  } catch {
    return null;
  }
  return inbox.next(timeoutMs);
}

/** queryOnce for several requests at once: sent in one write, the replies read in order. */
export async function queryAllOnce(conn: Pick<Connection, 'broken' | 'write'>, inbox: ReplyInbox, requests: readonly Buffer[], timeoutMs: number): Promise<(number | null)[]> {
  const replies: (number | null)[] = requests.map(() => null);
  if (conn.broken) return replies;
  inbox.clear();
  try {
    await conn.write(Buffer.concat(requests));
  } catch {
    return replies;
  }
  for (let i = 0; i < requests.length; i++) {
    const b = await inbox.next(timeoutMs);
    if (b === null) break;
    replies[i] = b;
  }
  return replies;
}
