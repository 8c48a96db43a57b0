// What pino must never write: passwords, session cookies, device tokens, pairing codes.
// Request logs (EQUEUE_LOG_REQUESTS) carry the URL, and a kiosk's first page load may have
// `?token=` in it; error logs may carry a request body. Both are censored here.

const HIDDEN = '[приховано]';
/** query parameters that carry a secret */
const SECRET_QUERY = /([?&](?:token|code|password|session)=)[^&#]*/gi;

/** paths of log objects whose values are secrets (pino `redact`, fast-redact syntax) */
export const REDACT_PATHS = [
  'req.headers.authorization', 'req.headers.cookie', 'req.headers["set-cookie"]',
  'res.headers["set-cookie"]', 'headers.authorization', 'headers.cookie', 'headers["set-cookie"]',
  'req.url', 'url',
  'body.password', 'body.newPassword', 'body.code', 'body.token',
  'req.body.password', 'req.body.newPassword', 'req.body.code', 'req.body.token',
  '*.password', '*.newPassword', '*.passwordHash', '*.token', '*.tokenHash', '*.pairingCode', '*.sessionToken',
];

/** censor: URLs keep their path and harmless parameters; anything else is hidden whole */
export function censor(value: unknown, path: string[]): unknown {
  const last = path[path.length - 1];
  if (last === 'url' && typeof value === 'string') return value.replace(SECRET_QUERY, `$1${HIDDEN}`);
  return HIDDEN;
}

export const LOG_REDACT = { paths: REDACT_PATHS, censor };
