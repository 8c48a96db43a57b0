// The booking page's requests go through the apps' typed client (ui-kit/src/client.ts): the
// route table gives the method, the path and the answer's type. Only ROUTES (plain data) is
// loaded at run time — the schemas are types here — so the phone's download stays small.
import { ApiRequestError, type RequestOptions } from '@cherha/ui-kit/api';

/** nothing on this page belongs to a signed-in person: no cookie is sent */
export const PUBLIC: RequestOptions = { credentials: 'omit' };

/** the code from the page's address (the QR code leads to /book/?code=…) */
export function codeFromLocation(): string | null {
  const c = new URLSearchParams(location.search).get('code');
  return c && /^[A-Za-z0-9-]{4,20}$/.test(c) ? c : null;
}

/**
 * what to show for a failed request: the server's own words (Ukrainian on English pages too:
 * the refusal is still understood, and it is precise), or "no connection"
 */
export const failureText = (e: unknown, network: string): string => (e instanceof ApiRequestError && e.code !== 'NETWORK' ? e.message : network);
