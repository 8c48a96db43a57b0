// The schema half of the route table. ROUTES (routes.ts) says, for every operationId, the
// method, the path and who may call it, and holds no zod so a phone page can carry it; this
// half says what goes in (params, query, body) and what comes out (response). The server
// registers each route from both halves (server/src/http/route.ts), so the OpenAPI document,
// the request validation and the response check in tests all come from here; the apps'
// typed client (ui-kit/src/client.ts) takes its types from here. route-contracts.ts joins the
// rows of every module and the compiler refuses an operationId without its row.
import { z } from 'zod';
import type { OperationId } from './routes';

/** An answer that is not JSON: a voice clip, a CSV export, a QR picture. */
export interface FileAnswer {
  /** the Content-Type it is sent with (the part before «;»), or each it may be sent with */
  file: string | readonly string[];
}

export interface RouteContract {
  /** one line for the OpenAPI document (Ukrainian, what a person would call the action) */
  summary: string;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** the body of every 2xx answer */
  response: z.ZodType | FileAnswer;
}

/** A module's rows of the schema half: keys must be operationIds of ROUTES. */
export type ContractRows = { readonly [K in OperationId]?: RouteContract };

/** A command body that may be absent: no body, `null` and `{}` all mean "nothing to add". */
export const optionalBody = <T extends z.ZodType>(schema: T) => z.preprocess((v) => v ?? {}, schema);

/** A command that takes no body at all; anything else in it is refused. */
export const NoBody = optionalBody(z.object({}).strict());

/** 204: done, and the answer has no body (the typed client reads it as null). */
export const NoContentResponse = z.null();

/** `{ ok: true }`: the command was done and there is nothing more to say. */
export const OkResponse = z.object({ ok: z.literal(true) });

export const isFileAnswer = (r: RouteContract['response']): r is FileAnswer => 'file' in r;

/** the content types a file answer may be sent with */
export const fileTypes = (f: FileAnswer): readonly string[] => (typeof f.file === 'string' ? [f.file] : f.file);
