// In-memory transport for tests: records every job's bytes, and answers status queries
// from a callback when one is given (otherwise it behaves like a one-way device).
import type { Connection, Transport } from './types';

export interface MemoryTransport extends Transport {
  /** bytes written per connection, in order */
  readonly connections: Buffer[][];
  /** all bytes written, flattened */
  readonly sent: () => Buffer;
}

export function memoryTransport(opts: { answer?: (request: Buffer) => number | null } = {}): MemoryTransport {
  const connections: Buffer[][] = [];
  const answer = opts.answer;
  return {
    kind: 'memory',
    bidirectional: answer !== undefined,
    connections,
    sent: () => Buffer.concat(connections.flat()),
    open: () => {
      const writes: Buffer[] = [];
      connections.push(writes);
      const conn: Connection = {
        broken: false,
        write: (data) => {
          writes.push(Buffer.from(data));
          return Promise.resolve();
        },
        query: (request) => Promise.resolve(answer ? answer(request) : null),
        close: () => Promise.resolve(),
      };
      return Promise.resolve(conn);
    },
  };
}
