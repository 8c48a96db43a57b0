import type { ErrorCode } from '@cherha/contracts';

const STATUS: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_STATE: 409,
  QUEUE_EMPTY: 409,
  SERVICE_CLOSED: 409,
  BRANCH_CLOSED: 409,
  DAILY_CAP: 409,
  RANGE_EXHAUSTED: 409,
  ALERT_ACTIVE: 409,
  WINDOW_PAUSED: 409,
  RATE_LIMITED: 429,
  RATING_NOT_ALLOWED: 409,
  STORAGE_UNAVAILABLE: 503,
  INTERNAL: 500,
};

/** A refusal a person can understand: the message is Ukrainian and goes to the UI as is. */
export class DomainError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.status = STATUS[code];
  }
}

export const notFound = (what: string) => new DomainError('NOT_FOUND', `${what} не знайдено`);
