// The office's load for the public: JSON for a city's website or app, the page, the widget.
// Public, cached (service.ts), limited per address (config.loadRateLimitPerMinute).
import { z } from 'zod';
import { BranchParams } from '@cherha/contracts';
import type { App, Services } from '../http/context';
import { route } from '../http/route';
import { loadPage, REFRESH_SCRIPT } from './page';
import type { LoadService } from './service';

const LangQuery = z.object({ lang: z.enum(['uk', 'en'], { error: 'Мова: uk або en' }).default('uk') });

export function loadRoutes(app: App, s: Services, load: LoadService): void {
  const rateLimit = { max: s.config.loadRateLimitPerMinute, timeWindow: '1 minute' };

  route(app, 'getOfficeLoad', async (req, reply) => {
    const body = load.get(req.params.branchId);
    // a city's website may read it from the visitor's browser; no cookies are involved
    void reply.header('cache-control', 'public, max-age=5').header('access-control-allow-origin', '*');
    return body;
  }, { tags: ['public'], config: { rateLimit } });

  const page = (compact: boolean) => async (req: { params: { branchId: number }; query: { lang: 'uk' | 'en' } }, reply: import('fastify').FastifyReply) => {
    const data = load.get(req.params.branchId);
    const tz = s.repos.branches.get(req.params.branchId)?.timeZone ?? 'Europe/Kyiv';
    void reply.type('text/html; charset=utf-8').header('cache-control', 'public, max-age=5');
    if (compact) {
      // the widget lives in an iframe on a city's website: framing allowed, nothing else loads
      void reply.removeHeader('x-frame-options');
      void reply.header('content-security-policy', "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'unsafe-inline'; frame-ancestors *; base-uri 'none'; form-action 'none'");
    }
    return loadPage(data, req.query.lang, tz, compact);
  };
  app.get('/load/refresh.js', { schema: { hide: true } }, async (_req, reply) =>
    reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=3600').send(REFRESH_SCRIPT));
  // pages for people: an unknown office, a wrong address or too many requests read as a sentence
  const pageConfig = { rateLimit, htmlErrors: true };
  app.get('/load/:branchId', { schema: { hide: true, params: BranchParams, querystring: LangQuery }, config: pageConfig }, page(false));
  app.get('/load/:branchId/widget', { schema: { hide: true, params: BranchParams, querystring: LangQuery }, config: pageConfig }, page(true));
}
