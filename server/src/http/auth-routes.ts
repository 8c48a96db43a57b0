import { SESSION_COOKIE } from '../auth/service';
import { DomainError } from '../errors';
import type { App, Services } from './context';
import { route } from './route';

const tags = ['auth'];

export function authRoutes(app: App, s: Services): void {
  route(app, 'login', async (req, reply) => {
    const { token, user, expiresAt } = await s.auth.login(req.body.login, req.body.password, req.ip);
    void reply.setCookie(SESSION_COOKIE, token, {
      path: '/', httpOnly: true, sameSite: 'lax', secure: s.config.cookieSecure, expires: expiresAt,
    });
    return { user };
  }, { tags, config: { rateLimit: { max: s.config.loginRateLimitPerMinute, timeWindow: '1 minute' } } });

  route(app, 'logout', async (req, reply) => {
    const token = req.cookies[SESSION_COOKIE];
    if (token) {
      s.auth.logout(token);
      s.live?.disconnectSession(token);
    }
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true as const };
  }, { tags });

  route(app, 'me', async (req) => {
    const a = req.actor;
    if (!a || a.kind === 'system') throw new DomainError('UNAUTHORIZED', 'Потрібно увійти в систему');
    if (a.kind === 'user') return { kind: 'user' as const, user: a.user };
    const { id, branchId, kind, name, paired, lastSeenAt } = a.device;
    return { kind: 'device' as const, device: { id, branchId, kind, name, paired, lastSeenAt } };
  }, { tags });

  route(app, 'pairDevice', async (req) => {
    const { token, device } = s.auth.pair(req.body.code);
    return { token, device };
  }, { tags, config: { rateLimit: { max: s.config.loginRateLimitPerMinute, timeWindow: '1 minute' } } });
}
