// The apps' typed REST client, made from the route table in contracts. `api('callNext',
// { params: { windowId } })` takes the method and the path from ROUTES and its input and answer
// types from ROUTE_CONTRACTS, so a call cannot name a route that does not exist, send a body the
// route does not take, or read a field the server does not send.
// Only ROUTES (plain data, no zod) is loaded at run time: the ticket and booking pages a phone
// downloads stay small; the schemas are used for their types alone.
import { ROUTES, type OperationId } from '@cherha/contracts/routes';
import type { RouteContracts } from '@cherha/contracts';
import type { z } from 'zod';
import { sendJson, type RequestOptions } from './api';

type Row<K extends OperationId> = K extends keyof RouteContracts ? RouteContracts[K] : never;
type Schema<R, P extends string> = R extends { readonly [Q in P]: infer S extends z.ZodType } ? S : never;
/** a part the route takes: required unless the schema accepts its absence; absent when the route takes none */
type Part<R, P extends string, Name extends string> = [Schema<R, P>] extends [never]
  ? { [N in Name]?: never }
  : undefined extends z.input<Schema<R, P>> ? { [N in Name]?: z.input<Schema<R, P>> } : { [N in Name]: z.input<Schema<R, P>> };

/** path params travel as text: an id may be given as the number it is */
type Params<R> = [Schema<R, 'params'>] extends [never]
  ? { params?: never }
  : { params: { [P in keyof z.input<Schema<R, 'params'>>]: z.input<Schema<R, 'params'>>[P] | number } };

/** What a call sends: path params, query, body — each as its route's schema takes it. */
export type ApiInput<K extends OperationId> = Params<Row<K>> & Part<Row<K>, 'query', 'query'> & Part<Row<K>, 'body', 'body'>;
/** What a call gets back when it succeeds. */
export type ApiOutput<K extends OperationId> = Row<K>['response'] extends z.ZodType ? z.output<Row<K>['response']> : never;
/** Routes whose answer is JSON (the others are links: apiUrl). */
export type JsonOperation = { [K in OperationId]: Row<K>['response'] extends z.ZodType ? K : never }[OperationId];

type AnyInput = { params?: Record<string, unknown>; query?: Record<string, unknown>; body?: unknown };

/** The address of a route with its params and query filled in (links, <img>, <audio>, downloads). */
export function apiUrl<K extends OperationId>(id: K, input: Omit<ApiInput<K>, 'body'>): string {
  const { params, query } = input as AnyInput;
  const path = ROUTES[id].path.replace(/\{([A-Za-z0-9_]+)\}/g, (_, name: string) => {
    const v = params?.[name];
    if (v === undefined || v === null) throw new Error(`${id}: path parameter «${name}» is missing`);
    return encodeURIComponent(String(v));
  });
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== null) q.set(k, String(v));
  const qs = q.toString();
  return qs ? `${path}?${qs}` : path;
}

/** Calls a route; resolves with its answer and HTTP status (201 vs 200 tells "new" from "repeated"). */
export async function apiCall<K extends JsonOperation>(
  id: K,
  input: ApiInput<K>,
  options: RequestOptions = {},
): Promise<{ status: number; data: ApiOutput<K> }> {
  const { status, data } = await sendJson(ROUTES[id].method, apiUrl(id, input), (input as AnyInput).body, options);
  // the type is the route's response schema, which the server's answers are checked against in tests
  return { status, data: data as ApiOutput<K> };
}

/** Calls a route and resolves with its answer; a refusal is thrown as ApiRequestError. */
export async function api<K extends JsonOperation>(id: K, input: ApiInput<K>, options: RequestOptions = {}): Promise<ApiOutput<K>> {
  return (await apiCall(id, input, options)).data;
}
