// Error codes on the wire. The server also sends a Ukrainian message a person
// understands; UIs may translate by code.
import { z } from 'zod';

export const ERROR_CODES = [
  'VALIDATION',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_STATE',
  'QUEUE_EMPTY',
  'SERVICE_CLOSED',
  'BRANCH_CLOSED',
  'DAILY_CAP',
  'RANGE_EXHAUSTED',
  'ALERT_ACTIVE',
  'WINDOW_PAUSED',
  'RATE_LIMITED',
  // a rating refused: service never started at the window, or the rating time is over
  'RATING_NOT_ALLOWED',
  // the database cannot be written (disk full, read-only, I/O error): nothing was changed
  'STORAGE_UNAVAILABLE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

/** Every refusal and failure of the REST API: `{ error: { code, message } }` (the route table declares it for 4xx and 5xx). */
export const ErrorResponseSchema = z.object({
  error: z.object({ code: z.enum(ERROR_CODES), message: z.string(), details: z.unknown().optional() }),
});

export type Ack<T> = { ok: true; data: T } | { ok: false; error: ApiError };
