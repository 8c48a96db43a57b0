// How JSON answers are written. With checkResponses (the tests), every answer of a route is
// checked against its response schema from the route table, and one that does not fit is a 500
// that names the field: the OpenAPI document and the apps' typed client cannot drift from what
// the server sends. In service the check is off (it would cost CPU on every request) and the
// answer is written as it is.
import type { FastifyInstance } from 'fastify';
import type { FastifySerializerCompiler } from 'fastify/types/schema';
import type { z } from 'zod';

export class ResponseContractError extends Error {
  constructor(where: string, problem: z.core.$ZodIssue[] | string) {
    const first = typeof problem === 'string' ? problem : problem[0] ? `${problem[0].path.join('.') || '(body)'} — ${problem[0].message}` : 'unknown';
    super(`The answer of ${where} does not fit its response schema in contracts: ${first}`);
    this.name = 'ResponseContractError';
  }
}

export function responseSerializer(check: boolean): FastifySerializerCompiler<z.ZodType> {
  return ({ schema, method, url }) => (data) => {
    if (check) {
      const r = schema.safeParse(data);
      if (!r.success) throw new ResponseContractError(`${method} ${url}`, r.error.issues);
    }
    return JSON.stringify(data);
  };
}

/**
 * Answers that are not JSON (a clip, a CSV, a QR picture): with the check on, a 2xx answer of
 * such a route must carry one of the content types its row lists (`produces` of its schema).
 */
export function checkFileAnswers(app: FastifyInstance): void {
  app.addHook('onSend', async (req, reply, payload) => {
    const produces = (req.routeOptions.schema as { produces?: readonly string[] } | undefined)?.produces;
    if (!produces || reply.statusCode < 200 || reply.statusCode >= 300 || reply.statusCode === 204) return payload;
    const type = String(reply.getHeader('content-type') ?? '').split(';')[0]!.trim();
    if (!produces.includes(type)) throw new ResponseContractError(`${req.method} ${req.routeOptions.url ?? req.url}`, `content type «${type}», not one of ${produces.join(', ')}`);
    return payload;
  });
}
