// Registers a REST route from the route table in contracts: method and path from ROUTES, params,
// query, body and response from ROUTE_CONTRACTS. A route module names only the operationId and
// its handler, so what the server accepts and answers is what the OpenAPI document and the apps'
// typed client say. The handler's request and answer are typed from the same schemas.
import {
  ErrorResponseSchema, fileTypes, isFileAnswer, ROUTE_CONTRACTS, ROUTES, type RouteContract, type RouteContracts,
} from '@cherha/contracts';
import type { FastifyReply, FastifyRequest, FastifySchema, RouteOptions } from 'fastify';
import { z } from 'zod';
import type { App } from './context';

export type ContractId = keyof RouteContracts;
type Row<I extends ContractId> = RouteContracts[I];
type Part<R, K extends string> = R extends { readonly [P in K]: infer S extends z.ZodType } ? z.output<S> : unknown;

/** What a handler receives: params, query and body already checked against the table. */
export type RouteRequest<I extends ContractId> = FastifyRequest<{
  Params: Part<Row<I>, 'params'>;
  Querystring: Part<Row<I>, 'query'>;
  Body: Part<Row<I>, 'body'>;
}>;
/** What a handler answers: the response schema's shape, or the reply it sent itself (files, 201s). */
export type RouteAnswer<I extends ContractId> = Row<I>['response'] extends z.ZodType ? z.input<Row<I>['response']> : never;
export type RouteHandler<I extends ContractId> = (
  req: RouteRequest<I>,
  reply: FastifyReply,
) => Promise<RouteAnswer<I> | FastifyReply> | RouteAnswer<I> | FastifyReply;

/** Whatever else a route needs (its OpenAPI tag, per-route config, hooks, limits). */
export type RouteExtras = Omit<RouteOptions, 'method' | 'url' | 'schema' | 'handler'> & { tags?: string[] };

/** every route's refusals and failures have one shape (http/errors.ts makes them) */
const refusal = (description: string) => ({ description, content: { 'application/json': { schema: ErrorResponseSchema } } });
const REFUSALS = {
  '4xx': refusal('Відмова: { error: { code, message } } з поясненням українською'),
  '5xx': refusal('Збій сервера або сховища: { error: { code, message } }'),
};

/** the body of a file answer, as OpenAPI describes it */
const FILE_BODY = z.string().meta({ format: 'binary' });

/** ROUTES' OpenAPI path (`{id}`) as Fastify's (`:id`). */
export const fastifyPath = (openApiPath: string): string => openApiPath.replace(/\{([A-Za-z0-9_]+)\}/g, ':$1');

/** The schema a route must carry: bindRoute (route-table.ts) refuses a route whose schemas are not these. */
export function contractSchema(id: string, c: RouteContract, tags?: string[]): FastifySchema {
  return {
    operationId: id,
    summary: c.summary,
    ...(tags ? { tags } : {}),
    ...(c.params ? { params: c.params } : {}),
    ...(c.query ? { querystring: c.query } : {}),
    ...(c.body ? { body: c.body } : {}),
    ...(isFileAnswer(c.response)
      ? {
        produces: [...fileTypes(c.response)],
        // OpenAPI says which content types the answer comes in, each a file (the body is sent as it is)
        response: { '2xx': { description: c.summary, content: Object.fromEntries(fileTypes(c.response).map((t) => [t, { schema: FILE_BODY }])) }, ...REFUSALS },
      }
      : { response: { '2xx': c.response, ...REFUSALS } }),
  };
}

export function route<I extends ContractId>(app: App, id: I, handler: RouteHandler<I>, extras: RouteExtras = {}): void {
  const spec = ROUTES[id];
  const c: RouteContract = ROUTE_CONTRACTS[id];
  const { tags, ...rest } = extras;
  app.route({
    ...rest,
    method: spec.method,
    url: fastifyPath(spec.path),
    schema: contractSchema(id, c, tags),
    // the request and answer types come from the same row (RouteRequest / RouteAnswer above)
    handler: handler as unknown as RouteOptions['handler'],
  } as RouteOptions);
}
