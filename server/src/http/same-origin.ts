// Cross-site request forgery: a staff member's browser sends the session cookie with any
// request to this server, even one a page on another origin (another port on the same host,
// a printer's web page in the same LAN) makes with `fetch(…, {mode:'no-cors', credentials:'include'})`.
// Browsers always send `Origin` on such requests (and `Sec-Fetch-Site`), so a state-changing
// request that rides on a cookie is accepted only from this server's own origin. Devices use a
// bearer token, which a foreign page cannot attach, and tools like curl send no Origin at all.
import type { IncomingHttpHeaders } from 'node:http';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** the origins this server answers as: the address it was reached at, and its public URL */
function ownOrigins(headers: IncomingHttpHeaders, protocol: string, publicUrl: string): Set<string> {
  const own = new Set<string>();
  if (headers.host) own.add(`${protocol}://${headers.host}`.toLowerCase());
  try {
    own.add(new URL(publicUrl).origin.toLowerCase());
  } catch {
    /* a malformed public URL is refused at start; nothing to add */
  }
  return own;
}

/** the origin of a Referer header, lower case; 'null' for one that is not an http(s) address */
function refererOrigin(referer: string): string {
  try {
    return new URL(referer).origin.toLowerCase();
  } catch {
    return 'null';
  }
}

/**
 * Why a cookie-borne state-changing request must be refused, or null when it may go on.
 * `hasCookieAuth`: the request carries the staff session cookie and no bearer token.
 */
export function crossSiteRefusal(method: string, headers: IncomingHttpHeaders, protocol: string, publicUrl: string, hasCookieAuth: boolean): string | null {
  if (SAFE_METHODS.has(method) || !hasCookieAuth) return null;
  const origin = typeof headers.origin === 'string' ? headers.origin.toLowerCase() : undefined;
  if (origin !== undefined) {
    return ownOrigins(headers, protocol, publicUrl).has(origin) ? null : `запит надіслано з іншого сайту (${origin})`;
  }
  const site = headers['sec-fetch-site'];
  if (typeof site === 'string' && site !== 'same-origin' && site !== 'none') return 'запит надіслано з іншого сайту';
  // no Origin and no Sec-Fetch-Site (an older or privacy-patched browser): the Referer, when
  // there is one, must be a page of ours too. A request with none of the three is not a
  // browser's cross-site request (curl, scripts) and goes on.
  const referer = typeof headers.referer === 'string' ? refererOrigin(headers.referer) : undefined;
  if (referer !== undefined && !ownOrigins(headers, protocol, publicUrl).has(referer)) return `запит надіслано з іншого сайту (${referer})`;
  return null;
}
