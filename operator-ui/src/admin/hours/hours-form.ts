// The «Графік роботи» form's rows (a weekday; a dated exception) and the checks of their times
// and dates, said next to the field. The time rule is the contracts' HHMM_RE, the server's own.
import { HHMM_RE, ISO_DATE_RE, type Branch, type HoursException } from '@cherha/contracts';

export interface DayForm {
  weekday: number;
  open: boolean;
  opens: string;
  closes: string;
}
export interface ExceptionForm {
  key: number;
  date: string;
  closed: boolean;
  opens: string;
  closes: string;
  note: string;
}

// rows of the exceptions list need a stable key while their date is still being typed
let nextKey = 1;
export const toExceptionForm = (e: HoursException): ExceptionForm => ({
  key: nextKey++,
  date: e.date,
  closed: e.opens === null || e.closes === null,
  opens: e.opens ?? '09:00',
  closes: e.closes ?? '16:00',
  note: e.note,
});
/** «Додати святковий або скорочений день»: closed all day until said otherwise */
export const newException = (): ExceptionForm => ({ key: nextKey++, date: '', closed: true, opens: '09:00', closes: '16:00', note: '' });

/** the week as seven rows, Monday first; a day the branch does not list is closed */
export function initialDays(branch: Branch): DayForm[] {
  return [1, 2, 3, 4, 5, 6, 7].map((weekday) => {
    const h = branch.hours.find((x) => x.weekday === weekday);
    return { weekday, open: !!h, opens: h?.opens ?? '09:00', closes: h?.closes ?? '18:00' };
  });
}

/** the week's and the exceptions' mistakes, by field (`day1.opens`, `ex3.date`…) */
export function checkHours(days: DayForm[], exceptions: ExceptionForm[], t: (key: string) => string): Record<string, string> {
  const fields: Record<string, string> = {};
  const badTime = t('adm.hours.badTime');
  for (const d of days) {
    if (!d.open) continue;
    if (!HHMM_RE.test(d.opens)) fields[`day${d.weekday}.opens`] = badTime;
    if (!HHMM_RE.test(d.closes)) fields[`day${d.weekday}.closes`] = badTime;
    if (HHMM_RE.test(d.opens) && HHMM_RE.test(d.closes) && d.opens >= d.closes) fields[`day${d.weekday}.closes`] = t('adm.hours.closesAfter');
  }
  const dates = new Set<string>();
  for (const x of exceptions) {
    if (!ISO_DATE_RE.test(x.date)) fields[`ex${x.key}.date`] = t('adm.hours.badDate');
    else if (dates.has(x.date)) fields[`ex${x.key}.date`] = t('adm.hours.dupDate');
    dates.add(x.date);
    if (!x.closed) {
      if (!HHMM_RE.test(x.opens)) fields[`ex${x.key}.opens`] = badTime;
      if (!HHMM_RE.test(x.closes)) fields[`ex${x.key}.closes`] = badTime;
      if (HHMM_RE.test(x.opens) && HHMM_RE.test(x.closes) && x.opens >= x.closes) fields[`ex${x.key}.closes`] = t('adm.hours.closesAfter');
    }
  }
  return fields;
}
