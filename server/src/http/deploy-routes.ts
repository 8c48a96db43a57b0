// Installing a centre (contracts/src/deploy.ts): a kiosk's print agent paired in one step, and
// what the admin section warns about — a public address only this computer can open, and
// services no switched-on window takes (the kiosk hides them, so nobody can get their ticket).
import type { KioskPrintAgentResponse } from '@cherha/contracts';
import { authorize } from '../auth/actor';
import { DomainError, notFound } from '../errors';
import { defaultPublicUrl, isLoopbackUrl } from '../public-url';
import type { App, Services } from './context';
import { route } from './route';

const tags = ['configuration'];

/** the LAN address to propose instead of a loopback one (null when the server has none either) */
function suggestion(publicUrl: string, port: number): string | null {
  let urlPort = port;
  try {
    urlPort = Number(new URL(publicUrl).port) || port;
  } catch {
    /* not a URL: the configured port */
  }
  const lan = defaultPublicUrl(urlPort);
  return isLoopbackUrl(lan) ? null : lan;
}

export function deployRoutes(app: App, s: Services): void {
  route(app, 'createKioskPrintAgent', async (req, reply) => {
    const kiosk = s.repos.devices.get(req.params.id);
    if (!kiosk) throw notFound('Пристрій');
    authorize(req.actor, kiosk.branchId, { role: 'admin' }, 'Пристрій');
    if (kiosk.kind !== 'kiosk') throw new DomainError('VALIDATION', 'Агента друку підключають до терміналу самообслуговування');
    if (kiosk.revoked) throw new DomainError('CONFLICT', `Термінал «${kiosk.name}» відкликано: спершу підключіть його знову`);
    const name = req.body.name ?? `Агент друку — ${kiosk.name}`.slice(0, 100);
    // one step for the technician: the kiosk is switched to the agent together with the code,
    // so pairing the agent is all that is left (until then its tickets are shown on screen)
    const created = s.repos.db.transaction(() => {
      const c = s.auth.createDevice(req.actor, kiosk.branchId, 'print_agent', name);
      s.repos.devices.setPrinter(kiosk.id, null, c.device.id);
      return c;
    })();
    const body: KioskPrintAgentResponse = { device: created.device, pairingCode: created.pairingCode, expiresAt: created.expiresAt, kioskId: kiosk.id };
    return reply.status(201).send(body);
  }, { tags: ['printing'] });

  route(app, 'getPublicAddress', async (req) => {
    authorize(req.actor, null, { role: 'admin' });
    const publicUrl = s.config.publicUrl;
    const loopback = isLoopbackUrl(publicUrl);
    return { publicUrl, loopback, suggestedUrl: loopback ? suggestion(publicUrl, s.config.port) : null };
  }, { tags });

  route(app, 'listUnservedServices', async (req) => {
    authorize(req.actor, req.params.branchId, { role: 'admin' });
    if (!s.repos.branches.get(req.params.branchId)) throw notFound('Офіс');
    const served = s.repos.windows.servedServiceIds(req.params.branchId);
    return {
      services: s.repos.catalog
        .services(req.params.branchId)
        .filter((x) => x.active && !served.has(x.id))
        .map((x) => ({ id: x.id, prefix: x.prefix, name: x.name })),
    };
  }, { tags });
}
