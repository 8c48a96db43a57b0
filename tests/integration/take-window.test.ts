// An operator who chooses a window in the console sits at it on the server at once
// (POST /api/windows/{id}/take), not only at the first call: the kiosk, the board and the
// office count the window as open from that moment, through the same definition
// (active, not paused, staffed) that the calls use.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { KIOSK, PASSWORDS, key, next, startHarness, type ClientSocket, type Harness } from '../src/harness';
import { windows, type WindowInfo } from '../src/rating-flow';

let h: Harness;
let op1: string;
let op2: string;
let w3: WindowInfo;
let w4: WindowInfo;
let passport: number;
let kiosk: ClientSocket;
let office: ClientSocket;

interface Load { serviceId: number; openWindows: number; estimatedWaitMinutes: number; waiting: number }
interface WindowState { id: number; operatorId: number | null; operatorName: string | null }

beforeAll(async () => {
  h = await startHarness();
  op1 = await h.login('operator1', PASSWORDS.operator1!);
  op2 = await h.login('operator2', PASSWORDS.operator2!);
  const all = await windows(h);
  w3 = all.find((w) => w.label === '3')!;
  w4 = all.find((w) => w.label === '4')!;
  // the one service only windows 3 and 4 take first
  passport = w3.services.find((s) => s.level === 1 && w4.services.some((x) => x.serviceId === s.serviceId && x.level === 1))!.serviceId;
  kiosk = (await h.socket({ token: KIOSK })).sock;
  const supervisor = await h.login('supervisor', PASSWORDS.supervisor!);
  office = (await h.socket({ branchId: 1 }, supervisor)).sock;
});
afterAll(() => h.close());

const load = (services: Load[]) => services.find((s) => s.serviceId === passport)!;
const issue = async () => (await h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId: passport, idempotencyKey: key() } })).body;
const take = (cookie: string, w: WindowInfo) => h.http('POST', `/api/windows/${w.id}/take`, { cookie });

it('before anyone sits down, the kiosk hears that no window takes the service', async () => {
  const r = await issue();
  expect(r.openWindows).toBe(0);
});

it('taking a window counts it as open at once for the kiosk, the board and the office', async () => {
  const kioskDelta = next(kiosk, 'delta');
  const officeDelta = next(office, 'delta');
  const r = await take(op2, w3);
  expect(r.status).toBe(200);
  expect(r.body.window.operatorId).not.toBeNull();
  // the board/kiosk socket: the service has one open window now
  expect(load((await kioskDelta).services).openWindows).toBe(1);
  // the office: operator2 sits at window 3
  const d = (await officeDelta) as { windows: WindowState[] };
  const at3 = d.windows.find((w) => w.id === w3.id)!;
  expect(at3.operatorName).toBe('Андрій Литвиненко');
  // the kiosk's answer counts it
  const t = await issue();
  expect(t.openWindows).toBe(1);
});

it('the estimate divides by the windows that are staffed', async () => {
  for (let i = 0; i < 4; i++) await issue();
  const one = load((await h.http('GET', '/api/branches/1/snapshot', { cookie: op1 })).body.services);
  expect(one.openWindows).toBe(1);
  const r = await take(op1, w4);
  expect(r.status).toBe(200);
  const two = load((await h.http('GET', '/api/branches/1/snapshot', { cookie: op1 })).body.services);
  expect(two.openWindows).toBe(2);
  expect(two.waiting).toBe(one.waiting);
  expect(two.estimatedWaitMinutes).toBeGreaterThan(0);
  expect(two.estimatedWaitMinutes).toBe(Math.ceil(one.estimatedWaitMinutes / 2));
});

it('another person cannot take a window someone sits at: 409 in Ukrainian', async () => {
  const r = await take(op1, w3);
  expect(r.status).toBe(409);
  expect(r.body.error.code).toBe('CONFLICT');
  expect(r.body.error.message).toContain('За вікном 3 уже працює');
  // operator2 still sits there
  const snap = (await h.http('GET', '/api/branches/1/snapshot', { cookie: op1 })).body;
  expect(snap.windows.find((w: WindowState) => w.id === w3.id).operatorName).toBe('Андрій Литвиненко');
});

it('the same person taking the window again changes nothing', async () => {
  const before = (await h.http('GET', '/api/branches/1/snapshot', { cookie: op2 })).body.revision as number;
  const r = await take(op2, w3);
  expect(r.status).toBe(200);
  const after = (await h.http('GET', '/api/branches/1/snapshot', { cookie: op2 })).body;
  expect(after.revision).toBe(before);
  expect(load(after.services).openWindows).toBe(2);
});

it('taking another window releases the one this person held', async () => {
  const all = await windows(h);
  const w7 = all.find((w) => w.label === '7')!;
  const r = await take(op1, w7);
  expect(r.status).toBe(200);
  const snap = (await h.http('GET', '/api/branches/1/snapshot', { cookie: op1 })).body;
  expect(snap.windows.find((w: WindowState) => w.id === w4.id).operatorId).toBeNull();
  expect(load(snap.services).openWindows).toBe(1);
});

it('leaving releases the window: the kiosk hears nobody takes the service again', async () => {
  const kioskDelta = next(kiosk, 'delta');
  const r = await h.http('POST', `/api/windows/${w3.id}/leave`, { cookie: op2 });
  expect(r.status).toBe(200);
  expect(load((await kioskDelta).services).openWindows).toBe(0);
  expect((await issue()).openWindows).toBe(0);
  // and now someone else may sit there
  expect((await take(op1, w3)).status).toBe(200);
});
