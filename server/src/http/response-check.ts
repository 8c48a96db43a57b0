// How JSON answers are written. With checkResponses (the tests), every answer of a route is
// checked against its response schema from the route table, and one that does not fit is a 500
// that names the field: the OpenAPI document and the apps' typed client cannot drift from what
// the server sends. In service the check is off (it would cost CPU on every request) and the
// answer is written as it is.
import type { FastifySerializerCompiler } from 'fastify/types/schema';
import type { z } from 'zod';

export class ResponseContractError extends Error {
  constructor(where: string, issues: z.core.$ZodIssue[]) {
    const first = issues[0];
    super(`The answer of ${where} does not fit its response schema in contracts: ${first ? `${first.path.join('.') || '(body)'} — ${first.message}` : 'unknown'}`);
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
