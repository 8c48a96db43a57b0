import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ApiError } from '@cherha/contracts';
import { DomainError } from '../errors';
import { isStorageFailure, storageFailureMessage } from '../ops/storage';
import { ResponseContractError } from './response-check';

/**
 * The sentence a person reads for an invalid request. Our schemas carry their own Ukrainian
 * sentences («Щоб залишити телефон, дайте згоду…»): those are shown as they are, with no
 * field names or technical prefix. A generic check (zod's own message, in Ukrainian through
 * contracts' locale) gets the field it is about, so the admin of an API client can find it.
 */
export function validationSentence(issue: { path: string; message: string } | undefined): string {
  if (!issue) return 'Неправильні дані запиту';
  if (isOwnSentence(issue.message)) return issue.message;
  return `Неправильні дані${issue.path ? ` у полі «${issue.path}»` : ''}: ${issue.message}`;
}
/** zod's built-in messages start with these words; ours are whole sentences of their own */
const ZOD_GENERIC = /^(Неправильн\S* (вхідні дані|опція|значення у|число|ключ у|рядок)|Занадто (велике|мале)|Нерозпізнаний ключ|Invalid|Too |Unrecognized|Required|Expected)/u;
const isOwnSentence = (m: string): boolean => /\p{Script=Cyrillic}/u.test(m) && !ZOD_GENERIC.test(m);

declare module 'fastify' {
  interface FastifyContextConfig {
    /** a page for people: errors as a small HTML page instead of JSON */
    htmlErrors?: boolean;
  }
}

const escapeHtml = (t: string): string => t.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function errorPage(message: string): string {
  return `<!doctype html><html lang="uk"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`
    + `<title>${escapeHtml(message)}</title><style>body{font:18px/1.45 system-ui,sans-serif;margin:0;padding:1rem;color:#111;background:#fff}</style></head>`
    + `<body><main><p role="alert">${escapeHtml(message)}</p></main></body></html>`;
}

/** One place that turns every failure into `{ error: { code, message } }` a person can read. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    let status = 500;
    let body: ApiError = { code: 'INTERNAL', message: 'Внутрішня помилка сервера. Спробуйте ще раз або зверніться до адміністратора.' };
    if (err instanceof DomainError) {
      status = err.status;
      body = { code: err.code, message: err.message, ...(err.details !== undefined ? { details: err.details } : {}) };
    } else if (hasZodFastifySchemaValidationErrors(err)) {
      status = 400;
      const issues = err.validation.map((v) => {
        const path = v.instancePath.replace(/^\//, '').replace(/\//g, '.');
        return { path, message: v.message ?? 'неправильне значення' };
      });
      body = { code: 'VALIDATION', message: validationSentence(issues[0]), details: issues };
    } else if (typeof err.code === 'string' && err.code.startsWith('SQLITE_CONSTRAINT')) {
      // the store refused a write the checks above it let through: say so, never a 500
      status = err.code === 'SQLITE_CONSTRAINT_FOREIGNKEY' ? 400 : 409;
      body = status === 400
        ? { code: 'VALIDATION', message: 'Запис посилається на інший запис, якого немає' }
        : { code: 'CONFLICT', message: 'Такий запис уже існує' };
      request.log.warn({ err }, 'constraint refused a write');
    } else if (isStorageFailure(err)) {
      // disk full or read-only: the whole command was rolled back; say so, and that it is worth retrying
      status = 503;
      body = { code: 'STORAGE_UNAVAILABLE', message: storageFailureMessage(request.routeOptions.schema?.operationId) };
      void reply.header('retry-after', '30');
      request.log.error({ err }, 'the database cannot be written');
    } else if (err.statusCode === 429) {
      status = 429;
      body = { code: 'RATE_LIMITED', message: 'Забагато запитів. Зачекайте хвилину і спробуйте знову.' };
    } else if (err.statusCode !== undefined && err.statusCode >= 400 && err.statusCode < 500) {
      status = err.statusCode;
      const known: Record<string, string> = {
        FST_ERR_CTP_INVALID_JSON_BODY: 'Тіло запиту не є коректним JSON',
        FST_ERR_CTP_EMPTY_JSON_BODY: 'Тіло запиту порожнє, а очікується JSON',
        FST_ERR_CTP_BODY_TOO_LARGE: 'Запит завеликий',
        FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Непідтримуваний тип даних: надсилайте JSON',
        FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'Неправильна довжина запиту',
      };
      body = { code: 'VALIDATION', message: known[err.code] ?? `Неправильний запит: ${err.message}` };
    } else if (err instanceof ResponseContractError) {
      // only with checkResponses (the tests): say which field, so the failing test names it
      body = { code: 'INTERNAL', message: err.message };
      request.log.error({ err }, 'answer does not fit its response schema');
    } else {
      request.log.error({ err }, 'unhandled error');
    }
    // a page people open in a browser (the office load page and its widget on a city's
    // website) answers in HTML: a sentence, not JSON, inside someone else's page
    if (request.routeOptions.config?.htmlErrors) {
      void reply.status(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(errorPage(body.message));
      return;
    }
    void reply.status(status).send({ error: body });
  });
}
