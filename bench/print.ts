// Printing benchmark: a kiosk's ticket request → the last byte of that ticket on a TCP
// printer. Our server in its own process (the bundle, as `npm start` runs it) drives a fake
// ESC/POS printer on loopback (printer/src/testing: DLE EOT answered, payload parsed as a
// printer does) with the default settle time of 1.5 s; the kiosk asks for tickets one after
// another, each as soon as the previous one is on paper — the case that used to wait ~1.5 s
// per ticket. Baselines in the same run: the same ticket's bytes written over a fresh TCP
// connection by this process (what the link itself costs), and the issue request of a second
// kiosk without a printer, in turn with the printing one (what the queue costs).
import net from 'node:net';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { FakePrinterCore } from '@cherha/printer/testing';
import { oursEnv } from './ours';
import { fmt, freePort, pct, spawnServer, stop, waitOk } from './proc';

export interface PrintFigures {
  tickets: number;
  settleMs: number;
  answer: number[];
  lastByte: number[];
  rawWrite: number[];
  noPrinter: number[];
}

interface Arrival {
  /** performance.now() of the chunk that brought the connection's last payload byte */
  lastPayloadAt: number;
  payload: Buffer;
}

/** A TCP fake printer that notes when each connection's last payload byte arrived. */
async function timedPrinter(): Promise<{ port: number; next(): Promise<Arrival>; close(): Promise<void> }> {
  const arrivals: Arrival[] = [];
  let waiter: ((a: Arrival) => void) | null = null;
  const server = net.createServer((socket) => {
    const core = new FakePrinterCore({ getState: () => 'ok', setState: () => undefined, midJobBytes: Number.MAX_SAFE_INTEGER });
    let lastPayloadAt = 0;
    socket.on('data', (chunk: Buffer) => {
      const before = core.job.payload.length;
      const { reply } = core.feed(chunk);
      if (core.job.payload.length > before) lastPayloadAt = performance.now();
      if (reply.length > 0) socket.write(reply);
    });
    socket.on('end', () => socket.end());
    socket.on('error', () => undefined);
    socket.on('close', () => {
      if (core.job.payload.length === 0) return; // a status check
      const a = { lastPayloadAt, payload: core.job.payload };
      if (waiter) {
        const w = waiter;
        waiter = null;
        w(a);
      } else arrivals.push(a);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as net.AddressInfo).port;
  return {
    port,
    next: () => {
      const a = arrivals.shift();
      return a ? Promise.resolve(a) : new Promise((resolve) => (waiter = resolve));
    },
    close: () => new Promise((r) => server.close(() => r())),
  };
}

/** connect, write `bytes`, until the receiving side has the last byte (one fresh connection, as the server does per job) */
async function rawWrite(port: number, bytes: Buffer): Promise<number> {
  return new Promise((resolve, reject) => {
    let got = 0;
    const server = net.createServer((s) => {
      s.on('data', (c: Buffer) => {
        got += c.length;
        if (got >= bytes.length) {
          const ms = performance.now() - t0;
          s.destroy();
          client.destroy();
          server.close();
          resolve(ms);
        }
      });
    });
    let client: net.Socket;
    let t0 = 0;
    server.listen(port, '127.0.0.1', () => {
      t0 = performance.now();
      client = net.connect({ host: '127.0.0.1', port }, () => client.write(bytes));
      client.setNoDelay(true);
      client.on('error', reject);
    });
  });
}

async function json(url: string, init: RequestInit): Promise<{ status: number; body: unknown }> {
  const r = await fetch(url, init);
  return { status: r.status, body: await r.json() };
}

export async function printBench(dir: string, opts: { tickets: number; nodeArgs?: string[] }): Promise<PrintFigures> {
  const printer = await timedPrinter();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawnServer({ ...oursEnv(join(dir, 'print'), port), EQUEUE_PRINTER_HOSTS: `127.0.0.1:${printer.port}` }, opts.nodeArgs ?? []);
  const settleMs = 1500;
  try {
    await waitOk(`${url}/api/health`, performance.now());
    const login = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: 'admin', password: 'admin12345' }) });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const admin = { cookie, 'content-type': 'application/json' };
    const devices = (await json(`${url}/api/branches/1/devices`, { headers: { cookie } })).body as { id: number; kind: string }[];
    const kiosk = devices.find((d) => d.kind === 'kiosk')!;
    const setPrinter = (printerSettings: unknown) => json(`${url}/api/devices/${kiosk.id}/printer`, { method: 'PUT', headers: admin, body: JSON.stringify({ printer: printerSettings }) });
    // a service some window serves (the kiosk only issues those)
    const catalog = (await json(`${url}/api/branches/1/catalog`, {})).body as { services: { id: number; dailyCap: number | null; available?: boolean }[] };
    const services = catalog.services.filter((s) => s.dailyCap === null && s.available !== false).map((s) => s.id);
    // a second kiosk without a printer: its requests alternate with the printing kiosk's, so both
    // see the same queue length and the same moments of the machine
    const created = (await json(`${url}/api/branches/1/devices`, { method: 'POST', headers: admin, body: JSON.stringify({ kind: 'kiosk', name: 'Bench kiosk without a printer' }) })).body as { pairingCode: string };
    const paired = (await json(`${url}/api/devices/pair`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: created.pairingCode }) })).body as { token: string };
    let n = 0;
    const issue = async (token = 'demo-kiosk-token') => {
      const t0 = performance.now();
      const r = await json(`${url}/api/branches/1/tickets`, {
        method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ serviceId: services[n % services.length], idempotencyKey: `print-bench-${n++}` }),
      });
      if (r.status !== 201) throw new Error(`issue: ${r.status} ${JSON.stringify(r.body)}`);
      return { t0, answeredAt: performance.now(), body: r.body as { print: { status: string } } };
    };

    const noPrinter: number[] = [];
    const put = await setPrinter({ transport: 'tcp', host: '127.0.0.1', port: printer.port, profile: 'epson-cp1251', paperWidth: 80, settleMs });
    if (put.status !== 200) throw new Error(`printer refused: ${JSON.stringify(put.body)}`);
    const answer: number[] = [];
    const lastByte: number[] = [];
    const warm = 10;
    let bytes: Buffer = Buffer.alloc(0);
    for (let i = 0; i < opts.tickets + warm; i++) {
      const r = await issue();
      if (r.body.print.status !== 'queued') throw new Error(`ticket not printed: ${JSON.stringify(r.body.print)}`);
      const a = await printer.next();
      bytes = a.payload;
      // what the queue alone costs, in turn with the printing kiosk
      const plain = await issue(paired.token);
      if (i < warm) continue; // the first tickets warm up the printer's connection path
      answer.push(r.answeredAt - r.t0);
      lastByte.push(a.lastPayloadAt - r.t0);
      noPrinter.push(plain.answeredAt - plain.t0);
    }
    const rawPort = await freePort();
    const rawWrites: number[] = [];
    for (let i = 0; i < Math.min(opts.tickets, 100); i++) rawWrites.push(await rawWrite(rawPort, bytes));
    return { tickets: opts.tickets, settleMs, answer, lastByte, rawWrite: rawWrites, noPrinter };
  } finally {
    await stop(child);
    await printer.close();
  }
}

export function printPrint(f: PrintFigures): void {
  const row = (name: string, xs: number[]) => console.log(`  ${name.padEnd(58)} p50 ${fmt(pct(xs, 50), 1).padStart(6)} ms   p99 ${fmt(pct(xs, 99), 1).padStart(6)} ms   (n=${xs.length})`);
  const load = loadavg().map((x) => x.toFixed(1)).join(' / ');
  console.log(`printing: one kiosk, ${f.tickets} tickets back-to-back on a TCP printer (fake, loopback; settle ${f.settleMs} ms); load average ${load}`);
  row('kiosk request → answer', f.answer);
  row('kiosk request → last byte of the ticket on the printer', f.lastByte);
  row('baseline: connect + write the same bytes → last byte', f.rawWrite);
  row('baseline: the same request from a kiosk without a printer, in turn', f.noPrinter);
}
