// HMAC-SHA256 over `${timestamp}.${body}`: the timestamp is signed with the body, so a
// captured delivery cannot be replayed later with a fresh timestamp (receivers refuse
// timestamps older than WEBHOOK_TOLERANCE_SECONDS).
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { WEBHOOK_TOLERANCE_SECONDS } from '@cherha/contracts';

export const newWebhookSecret = (): string => `whsec_${randomBytes(32).toString('base64url')}`;

export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** what a receiver does (docs/notifications.md); used by the tests' receiver too */
export function verifyWebhook(secret: string, timestamp: string | undefined, signature: string | undefined, body: string, nowSeconds: number): boolean {
  if (!timestamp || !signature || !/^\d{1,12}$/.test(timestamp)) return false;
  if (Math.abs(nowSeconds - Number(timestamp)) > WEBHOOK_TOLERANCE_SECONDS) return false;
  const expected = Buffer.from(signWebhook(secret, Number(timestamp), body));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
