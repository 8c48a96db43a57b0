// Times the admin screens show, in the office's time zone (not this PC's): a pairing code's
// «до 14:05», a device's «last seen».
const locale = (lang: string) => (lang === 'en' ? 'en-GB' : 'uk-UA');

/** «14:05» */
export function formatTime(iso: string, timeZone: string, lang: string): string {
  const opts: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hour12: false, timeZone };
  try {
    return new Intl.DateTimeFormat(locale(lang), opts).format(Date.parse(iso));
  } catch {
    // an unknown zone or a broken date: this PC's own format rather than nothing
    return new Date(iso).toLocaleTimeString();
  }
}

/** «29.11.26, 14:05»; '' for never */
export function formatWhen(iso: string | null, timeZone: string, lang: string): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  const opts: Intl.DateTimeFormatOptions = { dateStyle: 'short', timeStyle: 'short', timeZone };
  try {
    return new Intl.DateTimeFormat(locale(lang), opts).format(ms);
  } catch {
    return new Date(ms).toLocaleString();
  }
}
