// Holes an independent review found after the first round of fixes (issue 10). Each test here
// failed on the code before its fix. Real server on port 0, real SQLite; nothing of ours mocked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../src/harness';

let h: Harness;
let op: string;
beforeAll(async () => {
  h = await startHarness();
  op = await h.login('operator1', 'operator123');
});
afterAll(() => h.close());

describe('a cookie request with no Origin is judged by its Referer', () => {
  // an older or privacy-patched browser may leave out Origin and Sec-Fetch-Site; the page that
  // sent the request still shows in Referer
  it('a pause sent from another site’s page is refused and changes nothing', async () => {
    const w = h.cherha.services.repos.windows.list(1)[0]!;
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const r = await h.http(method, `/api/windows/${w.id}/pause`, { cookie: op, headers: { referer: 'http://evil.example/page.html' } });
      expect(r.status, method).toBe(403);
      expect(r.body.error.message).toMatch(/з іншого сайту/);
    }
    const other = await h.http('POST', `/api/windows/${w.id}/pause`, { cookie: op, headers: { referer: `${h.base.replace(/:\d+$/, ':9999')}/x` } });
    expect(other.status).toBe(403);
    expect(h.cherha.services.repos.windows.get(w.id)!.paused).toBe(false);
  });

  it('a Referer of the server’s own page, or none at all (scripts, curl), still goes through', async () => {
    const w = h.cherha.services.repos.windows.list(1)[0]!;
    expect((await h.http('POST', `/api/windows/${w.id}/pause`, { cookie: op, headers: { referer: `${h.base}/operator/` } })).status).toBe(200);
    expect((await h.http('POST', `/api/windows/${w.id}/resume`, { cookie: op })).status).toBe(200);
  });
});

describe('login guesses sent in parallel are held like guesses sent one by one', () => {
  // the counters were read before the (slow, off-thread) password check and written after it,
  // so a burst found them all at zero and every guess was checked
  it('forty parallel guesses at one account: only the first five are checked', async () => {
    const statuses = await Promise.all(
      Array.from({ length: 40 }, (_, i) => h.http('POST', '/api/auth/login', { body: { login: 'supervisor', password: `guess-${i}` } }).then((r) => r.status)),
    );
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(35);
  });

  it('colleagues signing in together from one address are not held up by each other', async () => {
    const people = [['operator2', 'operator123'], ['operator3', 'operator123'], ['operator4', 'operator123'], ['admin', 'admin12345']] as const;
    const rounds = await Promise.all([0, 1, 2].flatMap(() => people.map(([login, password]) => h.http('POST', '/api/auth/login', { body: { login, password } }).then((r) => r.status))));
    expect(rounds.every((s) => s === 200)).toBe(true);
  });
});
