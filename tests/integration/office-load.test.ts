// The office's load online against the real queue: the JSON counts what is waiting and which
// windows work, changes the moment the queue does (the cache is dropped on every change), says
// «closed» outside the hours, carries nothing personal, and is limited per address. The page
// and the widget show the same figures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORDS, startHarness, TestClock, type Harness } from '../src/harness';
import { issue, step, windows, type WindowInfo } from '../src/rating-flow';

describe('office load', () => {
  let h: Harness;
  let op1: string;
  let w1: WindowInfo;
  let serviceId: number;

  beforeAll(async () => {
    h = await startHarness({ config: { loadRateLimitPerMinute: 1000 } });
    op1 = await h.login('operator1', PASSWORDS.operator1!);
    w1 = (await windows(h)).find((w) => w.label === '1')!;
    serviceId = w1.services.find((s) => s.level === 1)!.serviceId;
  });
  afterAll(() => h.close());

  const load = async () => {
    const r = await h.http('GET', '/api/public/branches/1/load');
    expect(r.status).toBe(200);
    return r.body;
  };
  /** what the queue itself says: waiting tickets of the service, windows staffed and not paused */
  const truth = (sid: number) => {
    const db = h.cherha.services.repos.db;
    return {
      waiting: (db.prepare("SELECT count(*) AS n FROM tickets WHERE branch_id = 1 AND service_id = ? AND status = 'waiting'").get(sid) as { n: number }).n,
      windows: (db.prepare('SELECT count(*) AS n FROM windows WHERE branch_id = 1 AND active = 1 AND paused = 0 AND operator_id IS NOT NULL').get() as { n: number }).n,
    };
  };

  it('matches the queue, and follows it at once', async () => {
    const before = await load();
    expect(before).toMatchObject({ branchId: 1, open: true, alert: false });
    const s0 = before.services.find((s: { serviceId: number }) => s.serviceId === serviceId);
    expect(s0.waiting).toBe(truth(serviceId).waiting);
    expect(before.windowsWorking).toBe(truth(serviceId).windows);

    const a = await issue(h, serviceId);
    await issue(h, serviceId);
    const issued = await load();
    const s1 = issued.services.find((s: { serviceId: number }) => s.serviceId === serviceId);
    expect(s1.waiting).toBe(s0.waiting + 2);
    expect(s1.waiting).toBe(truth(serviceId).waiting);
    expect(issued.waitingTotal).toBe(issued.services.reduce((n: number, s: { waiting: number }) => n + s.waiting, 0));

    // the operator sits down at window 1 by calling: one fewer waiting, one more window working
    await step(h, op1, `/api/windows/${w1.id}/call`, { ticketId: a.id });
    const called = await load();
    expect(called.services.find((s: { serviceId: number }) => s.serviceId === serviceId).waiting).toBe(s0.waiting + 1);
    expect(called.windowsWorking).toBe(truth(serviceId).windows);
    expect(called.windowsWorking).toBeGreaterThanOrEqual(1);
    const est = called.services.find((s: { serviceId: number }) => s.serviceId === serviceId).estimatedWaitMinutes;
    expect(est).toBeGreaterThan(0);

    await step(h, op1, `/api/windows/${w1.id}/pause`);
    expect((await load()).windowsWorking).toBe(truth(serviceId).windows);
    await step(h, op1, `/api/windows/${w1.id}/resume`);
  });

  it('carries figures only: no ticket numbers, codes, operators', async () => {
    const text = JSON.stringify(await load());
    expect(text).not.toMatch(/publicCode|operator|"number"|login/);
    const db = h.cherha.services.repos.db;
    for (const t of db.prepare('SELECT number, public_code FROM tickets').all() as { number: string; public_code: string }[]) {
      expect(text).not.toContain(t.public_code);
      expect(text).not.toContain(`"${t.number}"`);
    }
    for (const u of db.prepare('SELECT name FROM users').all() as { name: string }[]) expect(text).not.toContain(u.name);
  });

  it('the page and the widget show the same figures, uk and en; the widget may be framed', async () => {
    const data = await load();
    const page = await fetch(`${h.base}/load/1`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<html lang="uk">');
    expect(html).toContain(`Чекають: <b>${data.waitingTotal}</b>`);
    expect(html).toContain('Зараз відчинено');
    const en = await (await fetch(`${h.base}/load/1?lang=en`)).text();
    expect(en).toContain('<html lang="en">');
    expect(en).toContain(`Waiting: <b>${data.waitingTotal}</b>`);
    const widget = await fetch(`${h.base}/load/1/widget`);
    expect(widget.status).toBe(200);
    expect(widget.headers.get('x-frame-options')).toBeNull();
    expect(widget.headers.get('content-security-policy')).toContain('frame-ancestors *');
    // the full page is not framed by others
    expect(page.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    // renewed in place by our own script (a meta refresh would reload the page under a screen reader)
    expect(html).not.toContain('http-equiv="refresh"');
    const script = await fetch(`${h.base}/load/refresh.js`);
    expect(script.status).toBe(200);
    expect(await script.text()).toContain('replaceChildren');
    expect((await fetch(`${h.base}/load/999`)).status).toBe(404);
    expect((await fetch(`${h.base}/load/1?lang=de`)).status).toBe(400);
  });

  it('unknown and malformed offices: 404 and 400 with the error shape', async () => {
    const r = await h.http('GET', '/api/public/branches/999/load');
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe('NOT_FOUND');
    expect((await h.http('GET', '/api/public/branches/1.5/load')).status).toBe(400);
  });

  it('the page and the widget of an unknown or malformed office answer with a sentence in HTML, not JSON', async () => {
    for (const [path, status, words] of [['/load/999', 404, 'Офіс не знайдено'], ['/load/999/widget', 404, 'Офіс не знайдено'], ['/load/abc', 400, '<p role="alert">']] as const) {
      const r = await fetch(h.base + path);
      expect(r.status, path).toBe(status);
      expect(r.headers.get('content-type'), path).toContain('text/html');
      const html = await r.text();
      expect(html, path).toContain(words);
      expect(html, path).not.toContain('"error"');
    }
  });
});

describe('office load: hours and the rate limit', () => {
  it('says «closed» outside the hours and in an alert says so', async () => {
    // 03:00 in Kyiv on a Sunday, for a centre that keeps office hours
    const clock = new TestClock(Date.parse('2026-11-29T01:00:00Z'));
    const h = await startHarness({ clock, config: { loadRateLimitPerMinute: 1000 } });
    try {
      const admin = await h.login('admin', PASSWORDS.admin!);
      const hours = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:00', closes: '18:00' }));
      const put = await h.http('PUT', '/api/branches/1', { cookie: admin, body: { name: { uk: 'ЦНАП (демо)', en: 'ASC (demo)' }, hours } });
      expect(put.status, JSON.stringify(put.body)).toBe(200);
      const r = await h.http('GET', '/api/public/branches/1/load');
      expect(r.body).toMatchObject({ open: false, hoursToday: null });
      clock.set('2026-11-30T08:00:00Z'); // Monday 10:00 in Kyiv
      const sup = await h.login('supervisor', PASSWORDS.supervisor!);
      expect((await h.http('POST', '/api/branches/1/alert', { cookie: sup, body: { active: true } })).status).toBe(200);
      const r2 = await h.http('GET', '/api/public/branches/1/load');
      expect(r2.body).toMatchObject({ open: true, alert: true, hoursToday: { opens: '08:00', closes: '18:00' } });
    } finally {
      await h.close();
    }
  });

  it('is limited per address', async () => {
    const h = await startHarness({ config: { loadRateLimitPerMinute: 3 } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await h.http('GET', '/api/public/branches/1/load')).status);
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      const refused = await h.http('GET', '/api/public/branches/1/load');
      expect(refused.body.error.code).toBe('RATE_LIMITED');
      // the rest of the API is not touched by it
      expect((await h.http('GET', '/api/health')).status).toBe(200);
      // the widget on a city's website says it in words, not JSON, inside the iframe
      let widget = await fetch(`${h.base}/load/1/widget`);
      for (let i = 0; i < 5 && widget.status !== 429; i++) widget = await fetch(`${h.base}/load/1/widget`);
      expect(widget.status).toBe(429);
      expect(widget.headers.get('content-type')).toContain('text/html');
      expect(await widget.text()).toContain('Забагато запитів');
    } finally {
      await h.close();
    }
  });
});
