// The printer routes answer exactly what their rows in the route table say (the harness checks
// every answer against its schema; here the answers are also held to the schemas made strict,
// so no field the contract does not name slips through), and a printer's state travels as a
// code: the message comes only when it says more than the code (screens translate the code).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrinterStateViewSchema, TestPageOutcomeSchema } from '@cherha/contracts';
import { startFakePrinter, type FakePrinter } from '@cherha/printer/testing';
import { KIOSK, key, PASSWORDS, startHarness, type Harness } from '../src/harness';
import { tcpPrinter } from '../src/fake-printer-kiosk';

let h: Harness;
let admin: string;
let sup: string;
let fake: FakePrinter;
const KIOSK_ID = () => h.cherha.services.repos.devices.list(1).find((d) => d.kind === 'kiosk')!.id;
const testPage = () => h.http('POST', `/api/devices/${KIOSK_ID()}/test-page`, { cookie: admin });
const printerOfKiosk = async () => {
  const r = await h.http('GET', '/api/branches/1/printers', { cookie: sup });
  expect(r.status).toBe(200);
  return PrinterStateViewSchema.strict().parse(r.body.find((p: { deviceId: number }) => p.deviceId === KIOSK_ID()));
};

beforeAll(async () => {
  h = await startHarness();
  admin = await h.login('admin', PASSWORDS.admin!);
  sup = await h.login('supervisor', PASSWORDS.supervisor!);
  fake = await startFakePrinter();
});
afterAll(async () => {
  await fake.close();
  await h.close();
});

describe('a test page answers the outcome and the state as a code', () => {
  it('on the virtual printer: printed, and no path of a file on the server', async () => {
    const r = await testPage();
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ outcome: 'printed', state: 'online' });
    expect(TestPageOutcomeSchema.strict().safeParse(r.body).success).toBe(true);
  });

  it('on a TCP printer out of paper: failed, paper_out, and no Ukrainian copy of what the code says', async () => {
    const put = await h.http('PUT', `/api/devices/${KIOSK_ID()}/printer`, {
      cookie: admin, body: { printer: tcpPrinter(fake.port, { settleMs: 50 }) },
    });
    expect(put.status).toBe(200);
    fake.setState('paper_out');
    const r = await testPage();
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ outcome: 'failed', state: 'paper_out' });
    // the printers list says the same by its code alone
    const p = await printerOfKiosk();
    expect(p).toMatchObject({ via: 'server', state: 'paper_out', message: null });
  });

  it('a message that says more than the state keeps what the code does not say: the error itself', async () => {
    // nothing listens on this port: the printer does not answer, and the reason is the connection's own
    const put = await h.http('PUT', `/api/devices/${KIOSK_ID()}/printer`, {
      cookie: admin, body: { printer: { transport: 'tcp', host: '127.0.0.1', port: 1, profile: 'epson-cp1251', paperWidth: 80, settleMs: 50, timeoutMs: 1000 } },
    });
    expect(put.status).toBe(200);
    const r = await testPage();
    expect(r.status).toBe(200);
    expect(TestPageOutcomeSchema.strict().parse(r.body)).toMatchObject({ outcome: 'failed', state: 'no_answer' });
    // «Принтер не відповідає: connect ECONNREFUSED …» comes as the detail alone
    expect(r.body.message).toMatch(/ECONNREFUSED/);
    expect(r.body.message).not.toMatch(/Принтер не відповідає/);
    const p = await printerOfKiosk();
    expect(p.state).toBe('no_answer');
    expect(p.message).toMatch(/^cannot connect to 127.0.0.1:1: connect ECONNREFUSED/);
  });
});

describe('roll changed and reprint answer their rows', () => {
  it('roll changed: { ok: true }; reprint: the print status', async () => {
    fake.setState('ok');
    const put = await h.http('PUT', `/api/devices/${KIOSK_ID()}/printer`, {
      cookie: admin, body: { printer: tcpPrinter(fake.port, { settleMs: 50 }) },
    });
    expect(put.status).toBe(200);
    expect((await h.http('POST', `/api/devices/${KIOSK_ID()}/roll-changed`, { cookie: sup })).body).toEqual({ ok: true });
    const issued = await h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId: 1, idempotencyKey: key() } });
    expect(issued.status).toBe(201);
    const r = await h.http('POST', `/api/tickets/${issued.body.ticket.id}/reprint`, { cookie: sup, body: { kioskId: KIOSK_ID() } });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ print: { status: 'queued', message: null } });
  });
});
