// JSON requests of the booking page. The server's `{error:{code,message}}` becomes a
// BookingApiError; its message is Ukrainian and shown as it is (English pages too: the
// refusal is still understood, and it is precise).
export class BookingApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

export async function call<T>(path: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method: body === undefined ? 'GET' : 'POST',
      headers: body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch (err) {
    throw new BookingApiError(0, 'NETWORK', err instanceof Error ? err.message : String(err));
  }
  const data = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) {
    const e = (data as { error?: { code?: string; message?: string } } | null)?.error;
    throw new BookingApiError(res.status, e?.code ?? 'HTTP', e?.message ?? `HTTP ${res.status}`);
  }
  return data as T;
}

/** the code from the page's address (the QR code leads to /book/?code=…) */
export function codeFromLocation(): string | null {
  const c = new URLSearchParams(location.search).get('code');
  return c && /^[A-Za-z0-9-]{4,20}$/.test(c) ? c : null;
}

/** what to show for a failed request: the server's own words, or "no connection" */
export const failureText = (e: unknown, network: string): string => (e instanceof BookingApiError && e.code !== 'NETWORK' ? e.message : network);
