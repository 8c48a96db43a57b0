// Ukrainian first, English on a tap. A tiny dictionary instead of i18next: the page must stay
// small for a phone on mobile data. The chosen language is remembered on this phone only.
import { useEffect, useState } from 'preact/hooks';

export type Lang = 'uk' | 'en';

const uk = {
  appName: 'Черга',
  yourTicket: 'Ваш талон',
  languageToggle: 'Мова інтерфейсу',
  ukFull: 'Українська',
  enFull: 'English',
  loading: 'Завантаження…',
  notFound: 'Талон не знайдено. Перевірте посилання з QR-коду.',
  network: "Немає звʼязку з сервером. Пробуємо ще раз…",
  service: 'Послуга',
  ahead: 'Перед вами',
  nobody: 'Нікого',
  estimate: 'Орієнтовне очікування',
  aboutMinutes: '~{n} хв',
  bookedFor: 'Запис на {time} — вас запросять першим о {time}',
  noWindows: 'Зараз жодне вікно не приймає цю послугу. Вас запросять, щойно вікно відкриється.',
  status_waiting: 'Очікуйте виклику',
  status_called: 'Вас викликано!',
  status_serving: 'Вас обслуговують',
  status_done: 'Обслуговування завершено',
  status_no_show: 'Талон анульовано: ви не підійшли після виклику',
  status_cancelled: 'Талон скасовано',
  status_postponed: 'Талон відкладено: вас викличуть знову',
  status_closed: 'Талон закрито в кінці дня',
  goToWindow: 'Підійдіть до вікна {w}',
  issuedAt: 'Видано о {t}',
  updatedAt: 'оновлено {t}',
  live: 'Сторінка оновлюється сама',
  notify: 'Сповістити мене',
  notifyHint: 'Телефон подасть сигнал, коли вас викличуть. Тримайте сторінку відкритою.',
  notifyOn: 'Сигнал виклику увімкнено: тримайте сторінку відкритою',
  notifyDenied: 'Сповіщення вимкнено в браузері; стежте за сторінкою або табло',
  notifyTitle: 'Талон {n}: вас викликано',
  rateTitle: 'Оцініть, будь ласка, обслуговування',
  rateHint: 'Оцінка анонімна і допомагає центру працювати краще.',
  v_satisfied: 'Задоволений',
  v_dissatisfied: 'Незадоволений',
  v_excellent: 'Чудово',
  v_good: 'Добре',
  v_acceptable: 'Прийнятно',
  v_bad: 'Жахливо',
  yourRating: 'Оцінку «{v}» збережено. Бажаєте додати подробиці?',
  recommendTitle: 'Наскільки ймовірно, що ви порекомендуєте центр знайомим? (0 — зовсім ні, 10 — точно так)',
  reasonsTitle: 'Що саме? (можна обрати кілька)',
  r_wait_long: 'Довго чекав',
  r_rude: 'Неввічливо',
  r_not_solved: 'Питання не вирішено',
  r_unclear: 'Незрозуміло пояснили',
  r_fast: 'Швидко',
  r_polite: 'Ввічливо',
  r_helpful: 'Допомогли',
  comment: "Коментар (необовʼязково)",
  commentHint: 'До 500 символів. Не пишіть тут особистих даних.',
  send: 'Надіслати',
  sending: 'Надсилаємо…',
  thanks: 'Дякуємо!',
  thanksText: 'Вашу оцінку збережено.',
  already: 'Ви вже оцінили обслуговування. Дякуємо!',
  people_one: '{n} особа',
  people_few: '{n} особи',
  people_many: '{n} осіб',
  people_other: '{n} особи',
};

type Dict = typeof uk;
export type Key = keyof Dict;

const en: Dict = {
  appName: 'Cherha',
  yourTicket: 'Your ticket',
  languageToggle: 'Interface language',
  ukFull: 'Українська',
  enFull: 'English',
  loading: 'Loading…',
  notFound: 'Ticket not found. Check the link from the QR code.',
  network: 'No connection to the server. Trying again…',
  service: 'Service',
  ahead: 'Ahead of you',
  nobody: 'Nobody',
  estimate: 'Estimated wait',
  aboutMinutes: '~{n} min',
  bookedFor: 'Booked for {time} — you will be invited first at {time}',
  noWindows: 'No window is taking this service right now. You will be called as soon as one opens.',
  status_waiting: 'Please wait for your call',
  status_called: 'You are called!',
  status_serving: 'You are being served',
  status_done: 'Service finished',
  status_no_show: 'Ticket void: you did not come after the call',
  status_cancelled: 'Ticket cancelled',
  status_postponed: 'Ticket postponed: you will be called again',
  status_closed: 'Ticket closed at the end of the day',
  goToWindow: 'Please go to window {w}',
  issuedAt: 'Issued at {t}',
  updatedAt: 'updated {t}',
  live: 'This page updates by itself',
  notify: 'Notify me',
  notifyHint: 'Your phone will signal when you are called. Keep this page open.',
  notifyOn: 'The call signal is on: keep this page open',
  notifyDenied: 'Notifications are blocked in the browser; watch this page or the board',
  notifyTitle: 'Ticket {n}: you are called',
  rateTitle: 'Please rate the service',
  rateHint: 'Your rating is anonymous and helps the centre work better.',
  v_satisfied: 'Satisfied',
  v_dissatisfied: 'Dissatisfied',
  v_excellent: 'Excellent',
  v_good: 'Good',
  v_acceptable: 'Acceptable',
  v_bad: 'Bad',
  yourRating: 'Your rating “{v}” is saved. Would you like to add details?',
  recommendTitle: 'How likely are you to recommend the centre to people you know? (0 — not at all, 10 — certainly)',
  reasonsTitle: 'What in particular? (choose any)',
  r_wait_long: 'Long wait',
  r_rude: 'Impolite',
  r_not_solved: 'Issue not solved',
  r_unclear: 'Unclear explanation',
  r_fast: 'Fast',
  r_polite: 'Polite',
  r_helpful: 'Helpful',
  comment: 'Comment (optional)',
  commentHint: 'Up to 500 characters. Please do not write personal data here.',
  send: 'Send',
  sending: 'Sending…',
  thanks: 'Thank you!',
  thanksText: 'Your rating is saved.',
  already: 'You have already rated the service. Thank you!',
  people_one: '{n} person',
  people_few: '{n} people',
  people_many: '{n} people',
  people_other: '{n} people',
};

const DICTS: Record<Lang, Dict> = { uk, en };
const STORE_KEY = 'cherha.ticket.lang';

function stored(): Lang {
  try {
    return localStorage.getItem(STORE_KEY) === 'en' ? 'en' : 'uk';
  } catch {
    return 'uk';
  }
}

let current: Lang = stored();
const listeners = new Set<(l: Lang) => void>();

export function setLang(l: Lang): void {
  current = l;
  document.documentElement.lang = l;
  try {
    localStorage.setItem(STORE_KEY, l);
  } catch {
    /* private mode: this page load only */
  }
  for (const fn of listeners) fn(l);
}

export type T = (key: Key, vars?: Record<string, string | number>) => string;

export function translate(lang: Lang, key: Key, vars?: Record<string, string | number>): string {
  const text = DICTS[lang][key] ?? uk[key];
  return vars ? text.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m)) : text;
}

/** "3 особи" / "3 people" with the plural rules of the language */
export function people(lang: Lang, n: number): string {
  const cat = new Intl.PluralRules(lang === 'en' ? 'en' : 'uk').select(n);
  const key = `people_${cat === 'one' || cat === 'few' || cat === 'many' ? cat : 'other'}` as Key;
  return translate(lang, key, { n });
}

export function useLang(): { lang: Lang; t: T } {
  const [lang, setState] = useState<Lang>(current);
  useEffect(() => {
    listeners.add(setState);
    document.documentElement.lang = current;
    return () => void listeners.delete(setState);
  }, []);
  return { lang, t: (key, vars) => translate(lang, key, vars) };
}
