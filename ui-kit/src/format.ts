// Small pure formatting helpers.
import type { LocalizedName, PrintStatusView } from '@cherha/contracts';

/** "m:ss" or "h:mm:ss" */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

export function localized(name: LocalizedName | null | undefined, lang: string): string {
  if (!name) return '';
  return lang === 'en' ? name.en || name.uk : name.uk || name.en;
}

/** "HH:MM" in a time zone (the branch's), falling back to local time. */
export function formatClock(ms: number, timeZone?: string, withSeconds = false): string {
  const opts: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hour12: false };
  if (withSeconds) opts.second = '2-digit';
  try {
    return new Intl.DateTimeFormat('uk-UA', timeZone ? { ...opts, timeZone } : opts).format(ms);
  } catch {
    return new Intl.DateTimeFormat('uk-UA', opts).format(ms);
  }
}

/** A reason code from ServiceLoad.reason as an i18n key under "reasons.*". */
export function reasonKey(reason: string | null | undefined): string {
  if (!reason) return 'reasons.unknown';
  const code = reason.trim().toUpperCase();
  return /^[A-Z_]+$/.test(code) ? `reasons.${code}` : 'reasons.unknown';
}

/** true when a paper ticket is on its way (otherwise the kiosk shows the number and a QR code) */
export function paperTicketExpected(print: Pick<PrintStatusView, 'status'> | null | undefined): boolean {
  return print?.status === 'queued';
}
