// fetch helper: JSON in and out, the server's `{ error: { code, message } }` as an exception.
import type { ApiError, ErrorCode } from '@cherha/contracts';

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | 'NETWORK',
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }

  /** the request may not have reached the server: retrying (with the same idempotency key) is safe */
  get isNetwork(): boolean {
    return this.code === 'NETWORK' || this.status === 502 || this.status === 503 || this.status === 504;
  }
}

/** How a request is sent, beyond what the route table says. */
export interface RequestOptions {
  /** device token, sent as Authorization: Bearer */
  token?: string | null;
  signal?: AbortSignal;
  /** ms before giving up (treated as a network error) */
  timeoutMs?: number;
  /** public pages (ticket, booking) send no cookie at all; staff apps send theirs */
  credentials?: RequestCredentials;
}

/**
 * Sends one request and reads the JSON answer. Only the typed client (client.ts) calls this:
 * it takes the method, the path and the answer's type from the route table.
 */
export async function sendJson(method: string, path: string, body: unknown, options: RequestOptions = {}): Promise<{ status: number; data: unknown }> {
  const { token, signal, timeoutMs = 15_000, credentials = 'same-origin' } = options;
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined || method === 'POST') headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort);
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      body: body === undefined ? (method === 'POST' ? '{}' : undefined) : JSON.stringify(body),
      credentials,
      cache: 'no-store',
      signal: controller.signal,
    });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new ApiRequestError(0, 'NETWORK', err instanceof Error ? err.message : String(err));
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
  const text = await res.text().catch(() => '');
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (!res.ok) {
    const e = (data as { error?: Partial<ApiError> } | null)?.error;
    const code = (e?.code as ErrorCode | undefined) ?? (res.status === 401 ? 'UNAUTHORIZED' : res.status === 403 ? 'FORBIDDEN' : res.status >= 500 ? 'INTERNAL' : 'VALIDATION');
    throw new ApiRequestError(res.status, code, e?.message ?? `HTTP ${res.status}`, e?.details);
  }
  return { status: res.status, data };
}

export function errorMessage(err: unknown): string {
  if (err instanceof ApiRequestError) return err.message;
  if (err instanceof Error) return err.message;
  return String(err);
}

/** A UUID even where crypto.randomUUID is missing (plain http on a LAN address is not a secure context). */
export function newIdempotencyKey(): string {
  const c = globalThis.crypto as Crypto | undefined;
  if (c && typeof c.randomUUID === 'function') {
    try {
      return c.randomUUID();
    } catch {
      /* fall through */
    }
  }
  const bytes = new Uint8Array(16);
  if (c && typeof c.getRandomValues === 'function') c.getRandomValues(bytes);
  else for (let i = 0; i < 16; i += 1) bytes[i] = Math.floor(Math.random() * 256);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

