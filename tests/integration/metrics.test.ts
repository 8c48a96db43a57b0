// /metrics: the Prometheus text a monitoring server scrapes. Counters move with real
// commands, gauges show the present, labels carry no personal data, and access is limited to
// loopback or a bearer token.
import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISPLAY, KIOSK, PASSWORDS, startHarness, type Harness } from '../src/harness';

/** one sample's value, e.g. value(text, 'cherha_tickets_issued_total', { branch: '1' }) */
function value(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    if (!line.startsWith(name)) continue;
    const m = /^([a-zA-Z0-9_:]+)(?:\{([^}]*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = Object.fromEntries((m[2] ?? '').split(',').filter(Boolean).map((kv) => {
      const [k, v] = kv.split('=');
      return [k, JSON.parse(v!)];
    }));
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) return Number(m[3]);
  }
  return undefined;
}

describe('/metrics', () => {
  let h: Harness;
  let op: string;
  beforeAll(async () => {
    h = await startHarness();
    op = await h.login('operator1', PASSWORDS.operator1!);
  });
  afterAll(() => h.close());

  const scrape = async () => {
    const r = await fetch(`${h.base}/metrics`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('text/plain');
    return r.text();
  };

  it('counts issued, called and finished tickets per branch, and shows who waits now', async () => {
    const before = await scrape();
    const issued0 = value(before, 'cherha_tickets_issued_total', { branch: '1' }) ?? 0;
    for (let i = 0; i < 3; i++) expect((await h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId: 1, idempotencyKey: `metrics-${i}-key` } })).status).toBe(201);
    // a repeated tap (same key) is not a new ticket
    expect((await h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId: 1, idempotencyKey: 'metrics-0-key' } })).status).toBe(200);
    let text = await scrape();
    expect(value(text, 'cherha_tickets_issued_total', { branch: '1' })).toBe(issued0 + 3);
    const waiting = value(text, 'cherha_tickets_waiting', { branch: '1' });
    expect(waiting).toBe(3);

    const called = await h.http('POST', '/api/windows/1/call-next', { cookie: op });
    expect(called.status).toBe(200);
    expect((await h.http('POST', `/api/tickets/${called.body.ticket.id}/start`, { cookie: op })).status).toBe(200);
    expect((await h.http('POST', `/api/tickets/${called.body.ticket.id}/finish`, { cookie: op })).status).toBe(200);
    text = await scrape();
    expect(value(text, 'cherha_tickets_called_total', { branch: '1' })).toBe(1);
    expect(value(text, 'cherha_tickets_finished_total', { branch: '1' })).toBe(1);
    expect(value(text, 'cherha_tickets_waiting', { branch: '1' })).toBe(2);
  });

  it('HTTP requests by route template and status; open sockets by kind; printers; event-loop delay', async () => {
    const { sock: kiosk } = await h.socket({ token: KIOSK });
    const { sock: board } = await h.socket({ token: DISPLAY });
    const { sock: staff } = await h.socket({}, op);
    expect((await h.http('GET', '/api/windows/424242427/queue', { cookie: op })).status).toBe(404);
    const text = await scrape();
    expect(value(text, 'cherha_sockets_open', { kind: 'kiosk' })).toBe(1);
    expect(value(text, 'cherha_sockets_open', { kind: 'display' })).toBe(1);
    expect(value(text, 'cherha_sockets_open', { kind: 'staff' })).toBe(1);
    // the template, not the address: ids never become label values
    expect(value(text, 'cherha_http_requests_total', { method: 'POST', route: '/api/branches/:branchId/tickets', status: '201' })).toBeGreaterThanOrEqual(3);
    expect(value(text, 'cherha_http_requests_total', { method: 'GET', route: '/api/windows/:windowId/queue', status: '404' })).toBe(1);
    expect(text).not.toContain('424242427');
    // the demo kiosk prints on the virtual printer
    expect(text).toMatch(/^cherha_printer_state\{branch="1",device="\d+",state="[a-z_]+"\} 1$/m);
    expect(value(text, 'nodejs_eventloop_lag_p99_seconds')).toBeGreaterThanOrEqual(0);
    for (const s of [kiosk, board, staff]) s.disconnect();
  });

  it('has no logins, names, ticket numbers, passwords or tokens in it', async () => {
    const text = await scrape();
    for (const secret of ['operator1', 'admin', PASSWORDS.operator1!, KIOSK, DISPLAY, 'А001', 'ЦНАП', op.split('=')[1]!]) expect(text).not.toContain(secret);
  });
});

describe('/metrics access', () => {
  it('without a token: loopback only', async () => {
    const lan = Object.values(networkInterfaces()).flat().find((i) => i && i.family === 'IPv4' && !i.internal);
    // this machine must have a LAN address for the check to mean anything
    expect(lan, 'a non-loopback IPv4 address').toBeDefined();
    const h = await startHarness({ config: { host: '0.0.0.0' } });
    try {
      const port = new URL(h.base).port;
      expect((await fetch(`http://127.0.0.1:${port}/metrics`)).status).toBe(200);
      const far = await fetch(`http://${lan!.address}:${port}/metrics`);
      expect(far.status).toBe(403);
      expect(await far.text()).not.toContain('cherha_');
    } finally {
      await h.close();
    }
  });

  it('with EQUEUE_METRICS_TOKEN: the bearer token, from anywhere, and nothing without it', async () => {
    const token = 'metrics-token-0123456789abcdef';
    const h = await startHarness({ config: { metricsToken: token } });
    try {
      expect((await fetch(`${h.base}/metrics`)).status).toBe(401);
      expect((await fetch(`${h.base}/metrics`, { headers: { authorization: 'Bearer wrong-token-0123456789' } })).status).toBe(401);
      const ok = await fetch(`${h.base}/metrics`, { headers: { authorization: `Bearer ${token}` } });
      expect(ok.status).toBe(200);
      expect(await ok.text()).toContain('cherha_tickets_waiting');
    } finally {
      await h.close();
    }
  });
});
