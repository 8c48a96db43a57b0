// The load as HTML: the public page (/load/<id>) and the small widget a city's website embeds
// in an iframe (/load/<id>/widget). Server-rendered: it works on any phone without script; a
// small script of our own (REFRESH_SCRIPT) renews the figures every 30 s in place — not a meta
// refresh, which reloads the page under a screen reader. Every text from the database is escaped.
import type { OfficeLoad } from '@cherha/contracts';

export type PageLang = 'uk' | 'en';

const T = {
  uk: {
    title: 'Завантаженість', open: 'Зараз відчинено', closed: 'Зараз зачинено', hours: (o: string, c: string) => `Сьогодні з ${o} до ${c}`,
    noHours: 'Сьогодні не працює', alert: 'Повітряна тривога: видачу і виклик талонів призупинено. Пройдіть в укриття.',
    windows: 'Працює вікон', waiting: 'Чекають', service: 'Послуга', people: 'У черзі', wait: 'Орієнтовне очікування',
    minutes: (m: number) => (m === 0 ? 'без черги' : `≈ ${m} хв`), none: 'зараз жодне вікно не приймає', notIssued: 'талони зараз не видаються',
    booking: 'Вільний час для запису сьогодні', noBooking: 'вільного часу немає', updated: 'Оновлено', other: 'English', caption: 'Черга за послугами',
    more: 'Докладніше',
  },
  en: {
    title: 'Current load', open: 'Open now', closed: 'Closed now', hours: (o: string, c: string) => `Today ${o}–${c}`,
    noHours: 'Closed today', alert: 'Air-raid alert: tickets are neither issued nor called. Please go to the shelter.',
    windows: 'Windows working', waiting: 'Waiting', service: 'Service', people: 'In queue', wait: 'Estimated wait',
    minutes: (m: number) => (m === 0 ? 'no queue' : `≈ ${m} min`), none: 'no window serves it now', notIssued: 'no tickets issued now',
    booking: 'Free booking times today', noBooking: 'no free times', updated: 'Updated', other: 'Українською', caption: 'Queue by service',
    more: 'Details',
  },
} as const;

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const STYLE = `body{font:18px/1.45 system-ui,sans-serif;margin:0;color:#111;background:#fff}main{max-width:60rem;margin:0 auto;padding:1rem}
h1{font-size:1.6rem;margin:.2rem 0}.state{font-size:1.3rem;font-weight:700}.open{color:#0a6b2e}.closed{color:#a00}
.alert{background:#a00;color:#fff;padding:.8rem;font-weight:700;border-radius:.4rem}table{border-collapse:collapse;width:100%;margin:.8rem 0}
caption{text-align:left;font-weight:700;padding:.3rem 0}th,td{border-bottom:1px solid #bbb;padding:.45rem;text-align:left;vertical-align:top}
table{table-layout:fixed}thead th:nth-child(2){width:4.2rem}thead th:nth-child(3){width:30%}@media (max-width:480px){body{font-size:16px}th,td{padding:.4rem .3rem}}
td.n{text-align:right;white-space:nowrap}a{color:#0645ad;padding:.5rem 0;display:inline-block;min-height:44px}small{color:#444}`;

function time(iso: string, timeZone: string, lang: PageLang): string {
  return new Intl.DateTimeFormat(lang === 'uk' ? 'uk-UA' : 'en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone }).format(new Date(iso));
}

function waitCell(s: OfficeLoad['services'][number], t: (typeof T)[PageLang]): string {
  if (!s.available && s.waiting === 0) return t.notIssued;
  return s.estimatedWaitMinutes === null ? t.none : t.minutes(s.estimatedWaitMinutes);
}

function body(load: OfficeLoad, lang: PageLang, timeZone: string, compact: boolean, selfPath: string): string {
  const t = T[lang];
  const name = esc(load.name[lang]);
  const state = `<p class="state ${load.open ? 'open' : 'closed'}">${load.open ? t.open : t.closed}</p>
<p>${load.hoursToday ? t.hours(load.hoursToday.opens, load.hoursToday.closes) : t.noHours}. ${t.windows}: <b>${load.windowsWorking}</b>. ${t.waiting}: <b>${load.waitingTotal}</b>.</p>`;
  const alert = load.alert ? `<p class="alert" role="alert">${t.alert}</p>` : '';
  const rows = load.services
    .map((s) => `<tr><th scope="row">${esc(s.name[lang])}</th><td class="n">${s.waiting}</td><td>${waitCell(s, t)}</td></tr>`)
    .join('\n');
  const table = `<table><caption>${t.caption}</caption><thead><tr><th scope="col">${t.service}</th><th scope="col">${t.people}</th><th scope="col">${t.wait}</th></tr></thead><tbody>${rows}</tbody></table>`;
  const names = new Map(load.services.map((s) => [s.serviceId, s.name[lang]]));
  const booking = load.freeBookingTimes === null || compact ? '' : `<h2>${t.booking}</h2><ul>${load.freeBookingTimes
    .map((b) => `<li>${esc(names.get(b.serviceId) ?? String(b.serviceId))}: ${b.times.length > 0 ? b.times.map(esc).join(', ') : t.noBooking}</li>`).join('')}</ul>`;
  const other: PageLang = lang === 'uk' ? 'en' : 'uk';
  const footer = compact
    ? `<p><small>${t.updated} ${time(load.generatedAt, timeZone, lang)}</small> · <a href="/load/${load.branchId}?lang=${lang}" target="_blank" rel="noopener">${t.more}</a></p>`
    : `<p><small>${t.updated} ${time(load.generatedAt, timeZone, lang)}</small></p><p><a href="${selfPath}?lang=${other}" lang="${other}" hreflang="${other}">${t.other}</a></p>`;
  return `<h1>${compact ? name : `${t.title}: ${name}`}</h1>${compact || load.address === '' ? '' : `<p>${esc(load.address)}</p>`}${alert}${state}${table}${booking}${footer}`;
}

/** GET /load/refresh.js: swaps in the page's fresh <main> every 30 s, unless the visitor is inside it (focus stays put) */
export const REFRESH_SCRIPT = `'use strict';
setInterval(async function () {
  var cur = document.querySelector('main');
  if (!cur || cur.contains(document.activeElement)) return;
  try {
    var r = await fetch(location.href, { cache: 'no-store', headers: { accept: 'text/html' } });
    if (!r.ok) return;
    var next = new DOMParser().parseFromString(await r.text(), 'text/html').querySelector('main');
    if (next) cur.replaceChildren.apply(cur, Array.from(next.childNodes));
  } catch (e) { /* offline for a moment: the figures stay, with their time */ }
}, 30000);
`;

export function loadPage(load: OfficeLoad, lang: PageLang, timeZone: string, compact: boolean): string {
  const t = T[lang];
  const path = compact ? `/load/${load.branchId}/widget` : `/load/${load.branchId}`;
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<script src="/load/refresh.js" defer></script><title>${esc(`${t.title}: ${load.name[lang]}`)}</title><style>${STYLE}${compact ? 'main{padding:.5rem}h1{font-size:1.2rem}body{font-size:16px}' : ''}</style></head>
<body><main>${body(load, lang, timeZone, compact, path)}</main></body></html>`;
}
