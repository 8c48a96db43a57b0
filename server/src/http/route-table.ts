// Binds every registered /api route to its row in contracts' ROUTES, and checks the caller
// against that row in onRequest: before the body is parsed or validated and before any record
// is looked up, so an anonymous caller gets 401 whether or not the id exists.
import { accessAllows, fileTypes, isFileAnswer, ROUTE_CONTRACTS, ROUTES, type RouteAccess, type RouteContract, type RouteSpec } from '@cherha/contracts';
import type { FastifyRequest, RouteOptions } from 'fastify';
import { DomainError } from '../errors';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
    /** routes whose row has exportToken: tells whether the request's bearer is a valid export token */
    exportTokenCheck?: (req: FastifyRequest) => boolean;
  }
}

const TABLE: Record<string, RouteSpec> = ROUTES;
const CONTRACTS: Record<string, RouteContract> = ROUTE_CONTRACTS;
const openApiPath = (url: string) => url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

/** onRoute: a route under /api that is not in the table cannot exist. */
export function bindRoute(route: RouteOptions): void {
  if (!route.url.startsWith('/api/')) return;
  const methods = (Array.isArray(route.method) ? route.method : [route.method]).filter((m) => m !== 'HEAD');
  if (methods.length === 0) return; // fastify's automatic HEAD twin of a GET: bound with the GET
  const schema = route.schema as { operationId?: string } | undefined;
  const id = schema?.operationId;
  const spec = id !== undefined ? TABLE[id] : undefined;
  const where = `${methods.join(',')} ${route.url}`;
  if (!spec) {
    throw new Error(`Route ${where} (operationId ${id ?? 'missing'}) is not in contracts/src/routes.ts ROUTES: add it there with its method, path and who may call it.`);
  }
  if (methods.length !== 1 || methods[0] !== spec.method || openApiPath(route.url) !== spec.path) {
    throw new Error(`Route ${where} does not match ROUTES.${id} (${spec.method} ${spec.path}).`);
  }
  // the schemas must be the table's own (registered through http/route.ts), not a copy
  const contract = CONTRACTS[id!]!;
  const given = route.schema as { params?: unknown; querystring?: unknown; body?: unknown; response?: Record<string, unknown> } | undefined;
  // a JSON answer must be the row's own schema; a file answer, the content types the row lists
  const answered = given?.response?.['2xx'] as { content?: Record<string, unknown> } | undefined;
  const answerOk = isFileAnswer(contract.response)
    ? JSON.stringify(Object.keys(answered?.content ?? {})) === JSON.stringify(fileTypes(contract.response))
    : answered === contract.response;
  if (given?.params !== contract.params || given?.querystring !== contract.query || given?.body !== contract.body || !answerOk) {
    throw new Error(`Route ${where} must take its params, query, body and response schemas from ROUTE_CONTRACTS.${id}: register it with route() (server/src/http/route.ts).`);
  }
  route.config = { ...(route.config as object | undefined), access: spec.access };
}

/** onRequest, after the caller is known: 401 / 403 from the table alone. */
export function checkAccess(req: FastifyRequest): void {
  if (!req.url.startsWith('/api/')) return;
  const access = req.routeOptions.config.access;
  // no access row: not one of our routes (the 404 handler answers)
  if (!access) return;
  const a = req.actor;
  const exportCaller = !a && !access.public && access.exportToken === true && req.routeOptions.config.exportTokenCheck?.(req) === true;
  const caller = exportCaller ? { exportToken: true as const }
    : !a || a.kind === 'system' ? null : a.kind === 'user' ? { role: a.user.role, branchId: a.user.branchId } : { deviceKind: a.device.kind };
  const verdict = accessAllows(access, caller);
  if (verdict === 'unauthorized') throw new DomainError('UNAUTHORIZED', 'Потрібно увійти в систему');
  if (verdict === 'forbidden') {
    throw new DomainError('FORBIDDEN', caller && 'deviceKind' in caller ? 'Цей пристрій не може виконати дію' : 'Недостатньо прав для цієї дії');
  }
}
