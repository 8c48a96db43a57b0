// The agent against a small socket.io server inside the test (the end-to-end test against
// the real server lives in tests/).
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { readFileSync, statSync } from 'node:fs';
import { Server, type Socket as ServerSocket } from 'socket.io';
import { afterEach, describe, expect, it } from 'vitest';
import { createAgent, createPrinter, memoryTransport, pairDevice, resolveToken, type Agent } from '../src/index';
import { sampleJob, startFakePrinter, type FakePrinter } from '../src/testing/index';
import { tempDir } from './helpers';

interface Received {
  results: { jobId: string; outcome: string; message?: string }[];
  statuses: { state: string; ticketsSinceRollChange?: number }[];
  tokens: string[];
}

interface TestServer {
  url: string;
  io: Server;
  rx: Received;
  sockets: ServerSocket[];
  /** reject the next n handshakes */
  refuse(n: number): void;
  /** swallow the ack of the next n results */
  dropAcks(n: number): void;
  close(): Promise<void>;
}

async function startServer(): Promise<TestServer> {
  const http: HttpServer = createServer();
  const io = new Server(http);
  const rx: Received = { results: [], statuses: [], tokens: [] };
  const sockets: ServerSocket[] = [];
  let refuse = 0;
  let dropAcks = 0;
  io.use((socket, next) => {
    const token: unknown = socket.handshake.auth.token;
    rx.tokens.push(String(token));
    if (refuse > 0) {
      refuse -= 1;
      return next(new Error('server busy'));
    }
    if (token !== 'device-token') return next(new Error('UNAUTHORIZED'));
    next();
  });
  io.on('connection', (socket) => {
    sockets.push(socket);
    socket.on('print:result', (payload: Received['results'][number], ack: (r: unknown) => void) => {
      rx.results.push(payload);
      if (dropAcks > 0) {
        dropAcks -= 1;
        return;
      }
      ack({ ok: true, data: { recorded: true } });
    });
    socket.on('printer:status', (payload: Received['statuses'][number], ack: (r: unknown) => void) => {
      rx.statuses.push(payload);
      ack({ ok: true, data: { recorded: true } });
    });
  });
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    io,
    rx,
    sockets,
    refuse: (n) => (refuse = n),
    dropAcks: (n) => (dropAcks = n),
    close: () => new Promise((r) => io.close(() => r())),
  };
}

/** Poll a condition (no wall-clock assertion: only a bound so a broken agent fails the test). */
async function until(cond: () => boolean, what: string, maxTries = 1500): Promise<void> {
  for (let i = 0; i < maxTries; i++) {
    if (cond()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for: ${what}`);
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function track<T extends Agent | TestServer | FakePrinter>(x: T): T {
  cleanups.push(async () => {
    if ('stop' in x) await x.stop();
    else await x.close();
  });
  return x;
}

const fastAgent = { backoffMinMs: 20, backoffMaxMs: 100, ackTimeoutMs: 2000, statusIntervalMs: 60_000 } as const;

describe('print agent', () => {
  it('prints a job once, reports the outcome with ack and the printer state; a resent job is answered, not reprinted', async () => {
    const server = track(await startServer());
    const transport = memoryTransport();
    const printer = createPrinter({ transport: 'memory', profile: 'clone-cp1251-73', paperWidth: 58 }, { transport });
    const agent = track(createAgent({ serverUrl: server.url, token: 'device-token', printer, ...fastAgent, log: () => undefined }));
    agent.start();
    await until(() => server.rx.statuses.length > 0, 'first status report');
    expect(server.rx.statuses[0]).toEqual({ state: 'unknown', ticketsSinceRollChange: 0 });

    const job = sampleJob({ jobId: 'job-77' });
    server.io.emit('print:job', job);
    await until(() => server.rx.results.length === 1, 'result');
    expect(server.rx.results[0]).toEqual({ jobId: 'job-77', outcome: 'printed' });
    expect(transport.connections).toHaveLength(1);

    server.io.emit('print:job', job);
    server.io.emit('print:job', job);
    await until(() => server.rx.results.length === 3, 'results of resent job');
    await agent.idle();
    expect(server.rx.results.every((r) => r.jobId === 'job-77' && r.outcome === 'printed')).toBe(true);
    expect(transport.connections).toHaveLength(1); // printed exactly once
  });

  it('paper out: result failed with the reason, status paper_out reported at once', async () => {
    const server = track(await startServer());
    const fake = track(await startFakePrinter({ state: 'paper_out' }));
    const printer = createPrinter({ transport: 'tcp', host: '127.0.0.1', port: fake.port, profile: 'epson-cp1251', paperWidth: 80, timeoutMs: 1500, settleMs: 0 });
    const agent = track(createAgent({ serverUrl: server.url, token: 'device-token', printer, ...fastAgent, log: () => undefined }));
    agent.start();
    await until(() => server.rx.statuses.length > 0, 'status');
    expect(server.rx.statuses[0]?.state).toBe('paper_out');
    server.io.emit('print:job', sampleJob({ jobId: 'p1' }));
    await until(() => server.rx.results.length === 1, 'result');
    expect(server.rx.results[0]).toMatchObject({ jobId: 'p1', outcome: 'failed' });
    expect(server.rx.results[0]?.message).toMatch(/Закінчився папір/);
    expect(fake.jobs.every((j) => j.payload.length === 0)).toBe(true);
    // paper back: the next periodic check reports the change
    fake.setState('ok');
    server.io.emit('print:job', sampleJob({ jobId: 'p2' }));
    await until(() => server.rx.results.length === 2, 'second result');
    expect(server.rx.results[1]).toEqual({ jobId: 'p2', outcome: 'printed' });
    await until(() => server.rx.statuses.some((s) => s.state === 'online'), 'online status after change');
  });

  it('retries a refused connection with backoff, and reconnects after the server drops it', async () => {
    const server = track(await startServer());
    server.refuse(2);
    const printer = createPrinter({ transport: 'memory', profile: 'raster', paperWidth: 80 });
    const agent = track(createAgent({ serverUrl: server.url, token: 'device-token', printer, ...fastAgent, log: () => undefined }));
    agent.start();
    await until(() => agent.connected, 'connected after two refusals');
    expect(server.rx.tokens.length).toBeGreaterThanOrEqual(3);
    expect(server.rx.tokens.every((t) => t === 'device-token')).toBe(true);

    const connectionsBefore = server.sockets.length;
    server.sockets.at(-1)?.disconnect(true); // server-side kick: socket.io would not retry on its own
    await until(() => server.sockets.length > connectionsBefore && agent.connected, 'reconnected');
    server.io.emit('print:job', sampleJob({ jobId: 'after-reconnect' }));
    await until(() => server.rx.results.some((r) => r.jobId === 'after-reconnect'), 'result after reconnect');
  });

  it('a result whose ack was lost is sent again until acknowledged, without printing again', async () => {
    const server = track(await startServer());
    server.dropAcks(1);
    const transport = memoryTransport();
    const printer = createPrinter({ transport: 'memory', profile: 'epson-cp1251', paperWidth: 80 }, { transport });
    const agent = track(createAgent({ serverUrl: server.url, token: 'device-token', printer, ...fastAgent, statusIntervalMs: 50, log: () => undefined }));
    agent.start();
    await until(() => agent.connected, 'connected');
    server.io.emit('print:job', sampleJob({ jobId: 'lost-ack' }));
    await until(() => server.rx.results.filter((r) => r.jobId === 'lost-ack').length >= 2, 'resent result');
    expect(transport.connections).toHaveLength(1);
  });

  it('never prints a job twice across a restart, even one interrupted mid-print', async () => {
    const dir = tempDir('agent-journal');
    const journalFile = join(dir, 'jobs.json');
    const server = track(await startServer());
    const transport = memoryTransport();
    const printer = createPrinter({ transport: 'memory', profile: 'epson-cp1251', paperWidth: 80 }, { transport });
    const first = createAgent({ serverUrl: server.url, token: 'device-token', printer, ...fastAgent, journalFile, log: () => undefined });
    first.start();
    await until(() => first.connected, 'first connected');
    server.io.emit('print:job', sampleJob({ jobId: 'once' }));
    await until(() => server.rx.results.length === 1, 'first result');
    await first.stop();

    // simulate a crash while printing another job: journal says "began", no outcome
    const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as unknown[];
    journal.push({ jobId: 'interrupted', outcome: null, acked: false });
    const { writeFileSync } = await import('node:fs');
    writeFileSync(journalFile, JSON.stringify(journal));

    const second = track(createAgent({ serverUrl: server.url, token: 'device-token', printer, ...fastAgent, journalFile, log: () => undefined }));
    second.start();
    await until(() => server.rx.results.some((r) => r.jobId === 'interrupted'), 'interrupted job reported on connect');
    expect(server.rx.results.find((r) => r.jobId === 'interrupted')?.outcome).toBe('uncertain');
    server.io.emit('print:job', sampleJob({ jobId: 'once' }));
    server.io.emit('print:job', sampleJob({ jobId: 'interrupted' }));
    await until(() => server.rx.results.filter((r) => r.jobId === 'once').length === 2, 'resend answered');
    await second.idle();
    expect(transport.connections).toHaveLength(1);
  });
});

describe('pairing', () => {
  it('exchanges a one-time code for a token and keeps it in a private file', async () => {
    const calls: { url: string; body: string }[] = [];
    const fetchImpl = async (url: string, init: { body: string }) => {
      calls.push({ url, body: init.body });
      return { ok: true, status: 200, json: async () => ({ token: 'tok-123', device: { id: 5 } }) };
    };
    const tokenFile = join(tempDir('pair'), 'state', 'token');
    expect(await resolveToken({ serverUrl: 'http://srv.test:8080', tokenFile, pairingCode: '482913', fetchImpl })).toBe('tok-123');
    expect(calls).toEqual([{ url: 'http://srv.test:8080/api/devices/pair', body: '{"code":"482913"}' }]);
    expect(readFileSync(tokenFile, 'utf8').trim()).toBe('tok-123');
    expect(statSync(tokenFile).mode & 0o077).toBe(0);
    // next start: the stored token, no second pairing
    expect(await resolveToken({ serverUrl: 'http://srv.test:8080', tokenFile, pairingCode: 'used', fetchImpl })).toBe('tok-123');
    expect(calls).toHaveLength(1);
  });

  it('reports the server error message; refuses to start without any token source', async () => {
    const fetchImpl = async () => ({ ok: false, status: 404, json: async () => ({ error: { code: 'NOT_FOUND', message: 'Код не знайдено або він застарів' } }) });
    await expect(pairDevice('http://srv.test', 'bad', fetchImpl)).rejects.toThrow(/Код не знайдено/);
    await expect(resolveToken({ serverUrl: 'http://srv.test', tokenFile: join(tempDir('pair2'), 'token') })).rejects.toThrow(/--pair-code/);
  });
});
