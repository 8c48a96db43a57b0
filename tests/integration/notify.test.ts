// Webhooks end to end with the real server, real SQLite and a real receiver on 127.0.0.1:
// ticket events arrive signed (HMAC-SHA256 over "timestamp.body"), a failing receiver is
// retried with backoff and then given up, redirects are not followed, the admin's address is
// checked against the installer's allow-list, delivery never holds up the command, and what
// is pending survives a server restart (the outbox is in the database file).
import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORDS, startHarness, TestClock, type Harness } from '../src/harness';
import { issue, serve, step, windows, type WindowInfo } from '../src/rating-flow';
import { WebhookReceiver, type Received } from '../src/webhook-receiver';

const sign = (secret: string, ts: string, body: string) => `v1=${createHmac('sha256', secret).update(`${ts}.${body}`).digest('hex')}`;

/** what a receiver must check: the signature over the timestamp and the exact body, and a fresh timestamp */
function verified(r: Received, secret: string, nowSeconds = Date.now() / 1000): boolean {
  const ts = String(r.headers['x-cherha-timestamp'] ?? '');
  return /^\d+$/.test(ts) && Math.abs(nowSeconds - Number(ts)) <= 300 && r.headers['x-cherha-signature'] === sign(secret, ts, r.body);
}

interface Endpoint { id: number; secret: string }

async function addWebhook(h: Harness, admin: string, url: string, events: string[], name = 'Міський шлюз SMS'): Promise<Endpoint> {
  const r = await h.http('POST', '/api/branches/1/webhooks', { cookie: admin, body: { name, url, events } });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  expect(r.body.secret).toMatch(/^whsec_[A-Za-z0-9_-]{40,}$/);
  return { id: r.body.webhook.id, secret: r.body.secret };
}

const deliveries = async (h: Harness, admin: string, webhookId: number) =>
  (await h.http('GET', `/api/branches/1/webhook-deliveries?webhookId=${webhookId}`, { cookie: admin })).body.deliveries as {
    eventId: string; type: string; status: string; attempts: number; lastHttpStatus: number | null; lastError: string | null; nextAttemptAt: string | null;
  }[];

describe('signed webhooks on ticket events', () => {
  let h: Harness;
  let admin: string;
  let op1: string;
  let w1: WindowInfo;
  const rx = new WebhookReceiver();
  let url: string;

  beforeAll(async () => {
    url = await rx.listen();
    h = await startHarness({ config: { webhookHosts: ['127.0.0.1'], webhookRetrySeconds: 0.2, webhookMaxAttempts: 3 } });
    admin = await h.login('admin', PASSWORDS.admin!);
    op1 = await h.login('operator1', PASSWORDS.operator1!);
    w1 = (await windows(h)).find((w) => w.label === '1')!;
  });
  afterAll(async () => {
    await h.close();
    await rx.close();
  });

  it('called, finished and rated arrive signed with the endpoint’s secret, in order, without personal data', async () => {
    const ep = await addWebhook(h, admin, `${url}/hooks/cherha`, ['ticket.called', 'ticket.finished', 'ticket.rated']);
    // the secret is shown once: the list never carries it
    const list = await h.http('GET', '/api/branches/1/webhooks', { cookie: admin });
    expect(JSON.stringify(list.body)).not.toContain(ep.secret);
    expect(list.body.webhooks[0]).toMatchObject({ id: ep.id, url: `${url}/hooks/cherha`, active: true });

    const t = await serve(h, op1, w1);
    const rated = await h.http('POST', `/api/public/tickets/${t.publicCode}/rating`, { body: { value: 'satisfied', comment: 'Дуже ввічливо, дякую!' } });
    expect(rated.status).toBe(201);
    await rx.waitFor(3);

    const got = rx.received.slice(0, 3);
    expect(got.map((r) => r.json.type)).toEqual(['ticket.called', 'ticket.finished', 'ticket.rated']);
    for (const r of got) {
      expect(r.path).toBe('/hooks/cherha');
      expect(verified(r, ep.secret), `signature of ${r.json.type}`).toBe(true);
      // a receiver with another secret, or a changed body, must fail the same check
      expect(verified(r, 'whsec_wrong')).toBe(false);
      expect(verified({ ...r, body: r.body.replace(t.number, 'Я999') }, ep.secret)).toBe(false);
      expect(r.headers['x-cherha-event']).toBe(r.json.type);
      expect(r.headers['x-cherha-event-id']).toBe(r.json.id);
      expect(r.json.branchId).toBe(1);
      expect(r.json.data).toMatchObject({ ticketId: t.id, number: t.number, window: w1.label });
    }
    expect(got[2]!.json.data).toMatchObject({ value: 'satisfied', satisfied: true, channel: 'web' });
    // the visitor's comment is for the centre, not for a messaging service
    expect(got[2]!.body).not.toContain('ввічливо');
    const log = await deliveries(h, admin, ep.id);
    expect(log.filter((d) => d.status === 'delivered')).toHaveLength(3);
    expect(log.every((d) => d.attempts === 1 && d.lastHttpStatus === 200)).toBe(true);
    await h.http('DELETE', `/api/webhooks/${ep.id}`, { cookie: admin });
  });

  it('a failing receiver is retried with backoff until it answers 2xx; the log keeps every attempt', async () => {
    rx.received.length = 0;
    const ep = await addWebhook(h, admin, `${url}/flaky`, ['ticket.called']);
    rx.answers = [{ status: 500 }, { status: 503 }];
    const t = await issue(h, w1.services.find((s) => s.level === 1)!.serviceId);
    await step(h, op1, `/api/windows/${w1.id}/call`, { ticketId: t.id });
    await rx.waitFor(3);
    // the same event each time (receivers drop repeats by its id), each attempt signed afresh
    expect(new Set(rx.received.map((r) => r.json.id)).size).toBe(1);
    expect(rx.received.every((r) => verified(r, ep.secret))).toBe(true);
    const done = await untilAsync(async () => (await deliveries(h, admin, ep.id)).find((x) => x.status === 'delivered'));
    expect(done).toMatchObject({ type: 'ticket.called', attempts: 3, lastHttpStatus: 200, nextAttemptAt: null });
    const attempts = h.cherha.services.repos.db.prepare('SELECT a.http_status FROM webhook_attempts a JOIN webhook_outbox o ON o.id = a.outbox_id WHERE o.endpoint_id = ? ORDER BY a.id').all(ep.id);
    expect(attempts).toEqual([{ http_status: 500 }, { http_status: 503 }, { http_status: 200 }]);
    await step(h, op1, `/api/tickets/${t.id}/no-show`);
    await h.http('DELETE', `/api/webhooks/${ep.id}`, { cookie: admin });
  });

  it('after the last attempt the delivery is «failed»; a redirect is an error, never followed', async () => {
    rx.received.length = 0;
    const ep = await addWebhook(h, admin, `${url}/moved`, ['ticket.called']);
    rx.otherwise = { status: 302, location: `${url}/elsewhere` };
    const t = await issue(h, w1.services.find((s) => s.level === 1)!.serviceId);
    await step(h, op1, `/api/windows/${w1.id}/call`, { ticketId: t.id });
    const failed = await untilAsync(async () => (await deliveries(h, admin, ep.id)).find((x) => x.status === 'failed'));
    expect(failed).toMatchObject({ attempts: 3, lastHttpStatus: 302, nextAttemptAt: null });
    expect(failed.lastError).toContain('переадресація');
    expect(rx.received.map((r) => r.path)).toEqual(['/moved', '/moved', '/moved']);
    rx.otherwise = { status: 200 };
    await step(h, op1, `/api/tickets/${t.id}/no-show`);
    await h.http('DELETE', `/api/webhooks/${ep.id}`, { cookie: admin });
  });

  it('the command is answered while the receiver still holds the delivery (never on the request path)', async () => {
    rx.received.length = 0;
    const ep = await addWebhook(h, admin, `${url}/slow`, ['ticket.called']);
    rx.answers = ['hold'];
    const t = await issue(h, w1.services.find((s) => s.level === 1)!.serviceId);
    const r = await h.http('POST', `/api/windows/${w1.id}/call`, { cookie: op1, body: { ticketId: t.id } });
    expect(r.status).toBe(200);
    await rx.waitFor(1);
    // the receiver has not answered yet, and the call was already committed and answered
    expect((await deliveries(h, admin, ep.id))[0]).toMatchObject({ status: 'pending', attempts: 0 });
    rx.releaseHeld();
    await untilAsync(async () => (await deliveries(h, admin, ep.id)).find((x) => x.status === 'delivered'));
    await step(h, op1, `/api/tickets/${t.id}/no-show`);
    await h.http('DELETE', `/api/webhooks/${ep.id}`, { cookie: admin });
  });

  it('«Перевірити» sends a signed webhook.test through the outbox', async () => {
    rx.received.length = 0;
    const ep = await addWebhook(h, admin, `${url}/test`, ['booking.created']);
    const r = await h.http('POST', `/api/webhooks/${ep.id}/test`, { cookie: admin });
    expect(r.status).toBe(202);
    await rx.waitFor(1);
    expect(rx.received[0]!.json.type).toBe('webhook.test');
    expect(verified(rx.received[0]!, ep.secret)).toBe(true);
    // a new secret is shown once and signs from then on
    const rotated = await h.http('PUT', `/api/webhooks/${ep.id}`, { cookie: admin, body: { name: 'Шлюз', url: `${url}/test`, events: ['booking.created'], active: true, rotateSecret: true } });
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).not.toBe(ep.secret);
    await h.http('POST', `/api/webhooks/${ep.id}/test`, { cookie: admin });
    await rx.waitFor(2);
    expect(verified(rx.received[1]!, rotated.body.secret)).toBe(true);
    expect(verified(rx.received[1]!, ep.secret)).toBe(false);
    await h.http('DELETE', `/api/webhooks/${ep.id}`, { cookie: admin });
  });

  it('inside addresses need the installer’s allow-list; only http and https; no credentials in the address', async () => {
    for (const [bad, words] of [
      ['http://10.0.0.5/hook', 'EQUEUE_WEBHOOK_HOSTS'],
      ['http://localhost:8080/hook', 'EQUEUE_WEBHOOK_HOSTS'],
      ['http://[::1]:8080/hook', 'EQUEUE_WEBHOOK_HOSTS'],
      ['http://169.254.169.254/latest/meta-data', 'EQUEUE_WEBHOOK_HOSTS'],
      ['ftp://example.org/hook', 'http'],
      ['https://user:pass@example.org/hook', 'пароля'],
      ['javascript:alert(1)', 'http'],
    ] as const) {
      const r = await h.http('POST', '/api/branches/1/webhooks', { cookie: admin, body: { name: 'Погана адреса', url: bad, events: ['ticket.called'] } });
      expect(r.status, bad).toBe(400);
      expect(r.body.error.message, bad).toContain(words);
    }
    // a public address needs no listing
    const ok = await h.http('POST', '/api/branches/1/webhooks', { cookie: admin, body: { name: 'Публічний', url: 'https://sms.example.org/cherha', events: ['ticket.called'], active: false } });
    expect(ok.status).toBe(201);
    await h.http('DELETE', `/api/webhooks/${ok.body.webhook.id}`, { cookie: admin });
  });

  it('an office’s admin cannot see or touch another office’s webhooks', async () => {
    const ep = await addWebhook(h, admin, `${url}/mine`, ['ticket.called']);
    const b2 = await h.http('POST', '/api/branches', { cookie: admin, body: { name: { uk: 'Інший ЦНАП', en: 'Other' } } });
    await h.http('POST', '/api/users', { cookie: admin, body: { branchId: b2.body.id, login: 'admin.b2', name: 'Адмін 2', role: 'admin', password: 'admin-two-pass' } });
    const other = await h.login('admin.b2', 'admin-two-pass');
    expect((await h.http('GET', '/api/branches/1/webhooks', { cookie: other })).status).toBe(404);
    expect((await h.http('POST', `/api/webhooks/${ep.id}/test`, { cookie: other })).status).toBe(404);
    expect((await h.http('DELETE', `/api/webhooks/${ep.id}`, { cookie: other })).status).toBe(404);
    expect((await h.http('GET', '/api/branches/1/webhooks', { cookie: admin })).body.webhooks.map((w: { id: number }) => w.id)).toContain(ep.id);
    await h.http('DELETE', `/api/webhooks/${ep.id}`, { cookie: admin });
  });
});

async function untilAsync<T>(read: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await read();
    if (v) return v;
    if (Date.now() > deadline) throw new Error('waited in vain');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('the outbox survives a server restart', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cherha-notify-'));
  const dbPath = join(dir, 'kept.sqlite');
  const rx = new WebhookReceiver();
  afterAll(async () => {
    await rx.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a delivery that failed before the restart is sent by the next server, once, with the same event id', async () => {
    const url = await rx.listen();
    // first server: the receiver is down (500), the retry is an hour away when the server stops
    rx.otherwise = { status: 500 };
    const h1 = await startHarness({ config: { dbPath, webhookHosts: ['127.0.0.1'], webhookRetrySeconds: 3600 } });
    const admin = await h1.login('admin', PASSWORDS.admin!);
    const op1 = await h1.login('operator1', PASSWORDS.operator1!);
    const w1 = (await windows(h1)).find((w) => w.label === '1')!;
    const ep = await addWebhook(h1, admin, `${url}/after-restart`, ['ticket.called']);
    const t = await issue(h1, w1.services.find((s) => s.level === 1)!.serviceId);
    await step(h1, op1, `/api/windows/${w1.id}/call`, { ticketId: t.id });
    await rx.waitFor(1);
    const before = await untilAsync(async () => (await deliveries(h1, admin, ep.id)).find((d) => d.attempts === 1));
    expect(before).toMatchObject({ status: 'pending', lastHttpStatus: 500 });
    await h1.close();

    // second server on the same file, two hours later: the receiver works again
    rx.otherwise = { status: 200 };
    const clock = new TestClock(Date.now() + 2 * 3600_000);
    const h2 = await startHarness({ clock, config: { dbPath, webhookHosts: ['127.0.0.1'], webhookRetrySeconds: 3600 } });
    try {
      await rx.waitFor(2);
      const admin2 = await h2.login('admin', PASSWORDS.admin!);
      const after = await untilAsync(async () => (await deliveries(h2, admin2, ep.id)).find((d) => d.status === 'delivered'));
      expect(after).toMatchObject({ eventId: before.eventId, attempts: 2, lastHttpStatus: 200 });
      const [first, second] = rx.received;
      expect(second!.json.id).toBe(first!.json.id);
      expect(second!.json.data).toMatchObject({ ticketId: t.id, number: t.number });
      expect(verified(second!, ep.secret, clock.now().getTime() / 1000)).toBe(true);
      expect(rx.received).toHaveLength(2);
    } finally {
      await h2.close();
    }
  });
});

describe('what was sent is not kept for ever', () => {
  it('deliveries older than EQUEUE_WEBHOOK_KEEP_DAYS are deleted with their log (booking events carry a phone number)', async () => {
    const rx = new WebhookReceiver();
    const url = await rx.listen();
    const clock = new TestClock(Date.parse('2026-11-24T09:00:00Z'));
    const h = await startHarness({ clock, config: { webhookHosts: ['127.0.0.1'], webhookKeepDays: 30 } });
    try {
      let admin = await h.login('admin', PASSWORDS.admin!);
      const ep = await addWebhook(h, admin, `${url}/keep`, ['booking.created']);
      const first = (await h.http('POST', `/api/webhooks/${ep.id}/test`, { cookie: admin })).body.eventId as string;
      await rx.waitFor(1);
      await untilAsync(async () => (await deliveries(h, admin, ep.id)).find((d) => d.status === 'delivered'));
      const rows = () => (h.cherha.services.repos.db.prepare('SELECT event_id FROM webhook_outbox').all() as { event_id: string }[]).map((r) => r.event_id);
      const attempts = () => (h.cherha.services.repos.db.prepare('SELECT count(*) AS n FROM webhook_attempts').get() as { n: number }).n;
      expect(rows()).toEqual([first]);

      clock.advance(29 * 86_400_000);
      admin = await h.login('admin', PASSWORDS.admin!); // (the session expired meanwhile)
      const second = (await h.http('POST', `/api/webhooks/${ep.id}/test`, { cookie: admin })).body.eventId as string;
      await rx.waitFor(2);
      await untilAsync(async () => (await deliveries(h, admin, ep.id)).filter((d) => d.status === 'delivered').length === 2 || undefined);
      // 29 days: both kept
      expect(rows().sort()).toEqual([first, second].sort());

      clock.advance(2 * 86_400_000);
      admin = await h.login('admin', PASSWORDS.admin!);
      const third = (await h.http('POST', `/api/webhooks/${ep.id}/test`, { cookie: admin })).body.eventId as string;
      await rx.waitFor(3);
      // 31 days after the first: it and its log are gone, the later ones stay
      await untilAsync(async () => (!rows().includes(first) && rows().includes(third)) || undefined);
      expect(rows().sort()).toEqual([second, third].sort());
      await untilAsync(async () => attempts() === 2 || undefined);
    } finally {
      await h.close();
      await rx.close();
    }
  });
});
