// A fake network printer for tests: node:net on 127.0.0.1:0, one FakeJob per connection,
// DLE EOT answered from a state the test sets.
import net from 'node:net';
import { FakePrinterCore, type FakeJob, type FakeState } from './fake-core';

export interface FakePrinter {
  port: number;
  /** one record per connection, in connection order */
  jobs: FakeJob[];
  state(): FakeState;
  setState(state: FakeState): void;
  /** resolves when `count` connections have been closed (by either side) */
  waitForClosed(count: number): Promise<void>;
  close(): Promise<void>;
}

export interface FakePrinterOptions {
  state?: FakeState;
  /** payload bytes after which drop_mid_job / runs_out_mid_job strike (default 200) */
  midJobBytes?: number;
  /** slow: pause reading this long after each chunk (default 15 ms) */
  slowPauseMs?: number;
}

export async function startFakePrinter(opts: FakePrinterOptions = {}): Promise<FakePrinter> {
  let state: FakeState = opts.state ?? 'ok';
  const jobs: FakeJob[] = [];
  const sockets = new Set<net.Socket>();
  let closedCount = 0;
  const closeWaiters: { count: number; resolve: () => void }[] = [];
  const notifyClosed = (): void => {
    closedCount += 1;
    for (const w of [...closeWaiters]) {
      if (closedCount >= w.count) {
        closeWaiters.splice(closeWaiters.indexOf(w), 1);
        w.resolve();
      }
    }
  };

  const server = net.createServer((socket) => {
    sockets.add(socket);
    const core = new FakePrinterCore({ getState: () => state, setState: (s) => (state = s), midJobBytes: opts.midJobBytes ?? 200 });
    jobs.push(core.job);
    socket.on('data', (chunk: Buffer) => {
      const { reply, drop } = core.feed(chunk);
      if (drop) {
        socket.destroy();
        return;
      }
      if (reply.length > 0) socket.write(reply);
      if (state === 'slow') {
        // a slow mechanism: the sender's writes back up and must wait for drain
        socket.pause();
        setTimeout(() => socket.resume(), opts.slowPauseMs ?? 15);
      }
    });
    socket.on('end', () => socket.end());
    socket.on('error', () => undefined);
    socket.on('close', () => {
      core.job.closed = true;
      sockets.delete(socket);
      notifyClosed();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('fake printer: no TCP address');

  return {
    port: address.port,
    jobs,
    state: () => state,
    setState: (s) => {
      state = s;
    },
    waitForClosed: (count) =>
      closedCount >= count
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            closeWaiters.push({ count, resolve });
          }),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
