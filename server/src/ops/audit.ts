// The audit log, written in one place: a response hook that looks at the route's
// operationId and tags, so every admin or supervisor command is recorded — including ones
// added later — without a line in the route. What is kept of the request is a whitelist of
// plain fields; passwords, tokens and pairing codes can never reach the table.
import type { AuditRepo, NewAuditEntry } from '@cherha/db';
import { authorize } from '../auth/actor';
import type { App, Services } from '../http/context';
import { route } from '../http/route';
import type { Clock } from '../time';

/** roles whose commands are audited: the route table (contracts/src/routes.ts) says who may call */
const AUDITED_ROLES = new Set(['supervisor', 'admin']);
/** route groups whose every state-changing command is audited, whoever the table lets call it */
const AUDITED_TAGS = new Set(['configuration', 'admin']);
/** a device pairing itself is anonymous in the table but changes who may act */
const AUDITED_OPS = new Set(['pairDevice']);
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

type RouteFacts = { method: string; routeOptions: { schema?: { operationId?: string; tags?: readonly string[] }; config?: unknown } };

/** a state-changing command of admins or supervisors (by the route table, the route's group, or by name) */
function audited(req: RouteFacts): boolean {
  const op = req.routeOptions.schema?.operationId;
  if (op === undefined || READS.has(req.method)) return false;
  const role = (req.routeOptions.config as { access?: { role?: string } } | undefined)?.access?.role;
  return AUDITED_OPS.has(op) || (role !== undefined && AUDITED_ROLES.has(role)) || (req.routeOptions.schema?.tags ?? []).some((t) => AUDITED_TAGS.has(t));
}

/** request fields worth keeping; anything else (free texts, printer objects, secrets) is dropped */
const SUMMARY_FIELDS = new Set([
  'name', 'uk', 'en', 'login', 'role', 'kind', 'label', 'active', 'prefix', 'branchId', 'serviceId', 'categoryId', 'parentId',
  'windowId', 'printAgentId', 'rangeStart', 'rangeEnd', 'dailyCap', 'expectedMinutes', 'strategy', 'targetWaitMinutes',
]);
/** never kept, even if a field of that name is whitelisted one day */
const SECRET_FIELD = /pass|token|code|secret|hash|cookie|pin/i;

export function summarize(body: unknown, depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return out;
  for (const [k, v] of Object.entries(body)) {
    if (!SUMMARY_FIELDS.has(k) || SECRET_FIELD.test(k)) continue;
    if (typeof v === 'string') out[k] = v.length > 80 ? `${v.slice(0, 80)}…` : v;
    else if (typeof v === 'number' || typeof v === 'boolean' || v === null) out[k] = v;
    else if (depth === 0 && typeof v === 'object' && !Array.isArray(v)) out[k] = summarize(v, 1);
  }
  // «changed the printer» is worth knowing even though the settings themselves are not kept
  if (depth === 0 && 'printer' in body) out.printer = (body as { printer: unknown }).printer === null ? 'none' : 'set';
  if (depth === 0 && 'password' in body) out.passwordChanged = typeof (body as { password: unknown }).password === 'string';
  return out;
}

/** the id and branch of what a command created or changed, read from its JSON answer */
function answerFacts(payload: unknown): { id?: number; branchId?: number } {
  if (typeof payload !== 'string' || payload.length > 256 * 1024 || !payload.startsWith('{')) return {};
  let body: unknown;
  try {
    body = JSON.parse(payload);
  } catch {
    return {};
  }
  const pick = (o: unknown) => {
    const r = o as { id?: unknown; branchId?: unknown } | null;
    return typeof r?.id === 'number' ? { id: r.id, branchId: typeof r.branchId === 'number' ? r.branchId : undefined } : undefined;
  };
  const top = pick(body);
  if (top) return top;
  // `{ device: {...}, code }`, `{ user: {...} }`: the one object that has an id
  for (const v of Object.values(body as object)) {
    const inner = pick(v);
    if (inner) return inner;
  }
  return {};
}

const FACTS = Symbol('auditFacts');
type WithFacts = { [FACTS]?: { id?: number; branchId?: number } };

export function installAudit(app: App, s: Services, audit: AuditRepo, clock: Clock): void {
  /** the branch of the thing a command touched, when neither the address nor the answer says */
  const branchOfTarget = (url: string, id: number): number | null | undefined => {
    if (url.startsWith('/api/devices/')) return s.repos.devices.get(id)?.branchId;
    if (url.startsWith('/api/windows/')) return s.repos.windows.get(id)?.branchId;
    if (url.startsWith('/api/services/')) return s.repos.catalog.service(id)?.branchId;
    if (url.startsWith('/api/categories/')) return s.repos.catalog.category(id)?.branchId;
    if (url.startsWith('/api/users/')) return s.repos.people.get(id)?.branchId;
    return undefined;
  };

  app.addHook('onSend', async (req, _reply, payload) => {
    if (audited(req)) (req as WithFacts)[FACTS] = answerFacts(payload);
    return payload;
  });

  app.addHook('onResponse', async (req, reply) => {
    const op = req.routeOptions.schema?.operationId;
    if (!op || !audited(req)) return;
    const actor = req.actor;
    // anonymous knocking at admin routes (401) is the rate limiter's business; pairing is audited always
    if (!actor && op !== 'pairDevice') return;
    const params = (req.params ?? {}) as Record<string, unknown>;
    const body = (req.body ?? {}) as Record<string, unknown>;
    const facts = (req as WithFacts)[FACTS] ?? {};
    const paramId = [params.id, params.ticketId, params.windowId, params.serviceId].find((v): v is number => typeof v === 'number');
    const targetId = paramId ?? facts.id ?? (typeof params.branchId === 'number' ? params.branchId : null);
    let branchId: number | null | undefined = typeof params.branchId === 'number' ? params.branchId : facts.branchId;
    if (branchId === undefined && paramId !== undefined) branchId = branchOfTarget(req.routeOptions.url ?? '', paramId);
    if (branchId === undefined && typeof body.branchId === 'number') branchId = body.branchId;
    if (branchId === undefined && actor?.kind === 'device') branchId = actor.device.branchId;
    if (branchId === undefined && actor?.kind === 'user') branchId = actor.user.branchId;
    const entry: NewAuditEntry = {
      at: clock.now().toISOString(),
      actorUserId: actor?.kind === 'user' ? actor.user.id : null,
      actorLogin: actor?.kind === 'user' ? actor.user.login : null,
      actorDeviceId: actor?.kind === 'device' ? actor.device.id : op === 'pairDevice' && reply.statusCode < 300 ? (facts.id ?? null) : null,
      branchId: branchId ?? null,
      action: op,
      method: req.method,
      targetId: targetId ?? null,
      status: reply.statusCode,
      summary: summarize(body),
    };
    try {
      audit.add(entry);
    } catch (err) {
      // the answer is already sent; a full disk must not turn into an unhandled error
      req.log.error({ err, action: op }, 'audit entry not written');
    }
  });

  route(app, 'listAudit', async (req) => {
    const q = req.query;
    const who = authorize(req.actor, q.branchId ?? null, { role: 'admin' });
    // a branch admin sees their own branch only; a network admin sees all or the one asked for
    const own = who.kind === 'user' ? who.user.branchId : null;
    return {
      entries: audit.list({
        branchId: own ?? q.branchId,
        from: q.from === undefined ? undefined : new Date(q.from).toISOString(),
        to: q.to === undefined ? undefined : new Date(q.to).toISOString(),
        limit: q.limit ?? 200,
      }),
    };
  }, { tags: ['admin'] });
}
