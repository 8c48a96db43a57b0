// Ukrainian first, English on a tap; a small dictionary (no i18next) keeps the page light on
// mobile data. The choice is remembered on this phone only.
import { useEffect, useState } from 'preact/hooks';

export type Lang = 'uk' | 'en';

const uk = {
  title: 'Запис до центру',
  languageToggle: 'Мова інтерфейсу',
  loading: 'Завантаження…',
  network: 'Немає звʼязку з сервером. Спробуйте ще раз.',
  retry: 'Спробувати ще раз',
  stepOffice: 'Оберіть центр',
  stepService: 'Оберіть послугу',
  stepDay: 'Оберіть день',
  stepTime: 'Оберіть час',
  stepWho: 'Ваші дані',
  noOffices: 'Зараз онлайн-запис не відкрито. Візьміть талон у терміналі центру.',
  minutes: '≈ {n} хв',
  freeCount: 'вільно: {n}',
  noneFree: 'немає вільного часу',
  noTimes: 'На цей день вільного часу немає. Оберіть інший день.',
  back: 'Назад',
  name: 'Імʼя та прізвище',
  nameHint: 'Достатньо імені та першої літери прізвища.',
  phone: 'Телефон (необовʼязково)',
  email: 'Електронна пошта (необовʼязково)',
  contactHint: 'Щоб центр міг нагадати про візит або повідомити про зміни.',
  consent: 'Погоджуюся, що центр зберігає мій телефон або пошту до {days} днів після візиту',
  book: 'Записатися',
  booking: 'Записуємо…',
  summary: '{service}, {date} о {time}',
  doneTitle: 'Ви записані',
  code: 'Код запису',
  codeHint: 'Покажіть QR-код у терміналі центру або введіть код. Зареєструватися можна за {before} хв до часу і до {after} хв після.',
  qrAlt: 'QR-код запису {code}',
  downloadQr: 'Завантажити QR-код',
  downloadIcs: 'Додати в календар (.ics)',
  cancel: 'Скасувати запис',
  cancelConfirm: 'Так, скасувати',
  keep: 'Ні, залишити',
  cancelAsk: 'Скасувати запис на {time}?',
  move: 'Перенести на інший час',
  moveTo: 'Перенести на {time}',
  moveAsk: 'Перенести запис на {time}?',
  moveAskDay: 'Перенести запис на {date} о {time}?',
  moveConfirm: 'Так, перенести',
  notMoved: 'Ні, залишити як є',
  stepNow: 'Крок: {title}',
  moved: 'Запис перенесено на {date} о {time}.',
  cancelled: 'Запис скасовано. Час звільнено для інших.',
  haveCode: 'Вже маєте запис?',
  findCode: 'Введіть код запису',
  find: 'Знайти запис',
  newBooking: 'Новий запис',
  status_booked: 'Чекаємо на вас',
  status_checked_in: 'Ви зареєструвалися. Ваш талон: {ticket}',
  status_cancelled: 'Запис скасовано',
  status_no_show: 'Час запису минув',
  who: 'На імʼя',
  contact: 'Контакт',
  office: 'Центр',
  when: 'Коли',
  service: 'Послуга',
  cardTitle: 'Що взяти з собою',
  cardFee: 'Вартість',
  cardDuration: 'Строк',
  cardApplicants: 'Хто може звернутися',
  privacy: 'Ми не показуємо ваші дані на цій сторінці повністю і видаляємо їх через {days} днів після візиту.',
};

type Dict = typeof uk;
export type Key = keyof Dict;

const en: Dict = {
  title: 'Book a visit',
  languageToggle: 'Interface language',
  loading: 'Loading…',
  network: 'No connection to the server. Please try again.',
  retry: 'Try again',
  stepOffice: 'Choose the centre',
  stepService: 'Choose the service',
  stepDay: 'Choose the day',
  stepTime: 'Choose the time',
  stepWho: 'Your details',
  noOffices: 'Online booking is not open now. Please take a ticket at the centre’s kiosk.',
  minutes: '≈ {n} min',
  freeCount: '{n} free',
  noneFree: 'no free time',
  noTimes: 'No free time on this day. Please choose another day.',
  back: 'Back',
  name: 'Name and surname',
  nameHint: 'Your first name and the initial of your surname are enough.',
  phone: 'Phone (optional)',
  email: 'E-mail (optional)',
  contactHint: 'So the centre can remind you or tell you about changes.',
  consent: 'I agree that the centre keeps my phone or e-mail until {days} days after the visit',
  book: 'Book',
  booking: 'Booking…',
  summary: '{service}, {date} at {time}',
  doneTitle: 'You are booked',
  code: 'Booking code',
  codeHint: 'Show the QR code at the centre’s kiosk or type the code. Check-in opens {before} min before the time and closes {after} min after it.',
  qrAlt: 'QR code of booking {code}',
  downloadQr: 'Download the QR code',
  downloadIcs: 'Add to calendar (.ics)',
  cancel: 'Cancel the booking',
  cancelConfirm: 'Yes, cancel',
  keep: 'No, keep it',
  cancelAsk: 'Cancel the booking at {time}?',
  move: 'Move to another time',
  moveTo: 'Move to {time}',
  moveAsk: 'Move the booking to {time}?',
  moveAskDay: 'Move the booking to {date} at {time}?',
  moveConfirm: 'Yes, move it',
  notMoved: 'No, keep it as it is',
  stepNow: 'Step: {title}',
  moved: 'The booking is moved to {date} at {time}.',
  cancelled: 'The booking is cancelled. The time is free for others.',
  haveCode: 'Already booked?',
  findCode: 'Enter the booking code',
  find: 'Find the booking',
  newBooking: 'New booking',
  status_booked: 'We are expecting you',
  status_checked_in: 'You have checked in. Your ticket: {ticket}',
  status_cancelled: 'The booking is cancelled',
  status_no_show: 'The booked time has passed',
  who: 'Name',
  contact: 'Contact',
  office: 'Centre',
  when: 'When',
  service: 'Service',
  cardTitle: 'What to bring',
  cardFee: 'Fee',
  cardDuration: 'How long',
  cardApplicants: 'Who may apply',
  privacy: 'This page never shows your details in full; they are deleted {days} days after the visit.',
};

const DICTS: Record<Lang, Dict> = { uk, en };
const KEY = 'cherha.booking.lang';

export function tr(lang: Lang, key: Key, vars: Record<string, string | number> = {}): string {
  return DICTS[lang][key].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}

export function useLang(): [Lang, (l: Lang) => void] {
  const [lang, setLang] = useState<Lang>(() => (localStorage.getItem(KEY) === 'en' ? 'en' : 'uk'));
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${DICTS[lang].title} — ${lang === 'uk' ? 'Черга' : 'Cherha'}`;
    localStorage.setItem(KEY, lang);
  }, [lang]);
  return [lang, setLang];
}

/** «вт, 1 грудня» / «Tue, 1 December» for an office-local date */
export function dayLabel(lang: Lang, date: string): string {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString(lang === 'uk' ? 'uk-UA' : 'en-GB', { weekday: 'short', day: 'numeric', month: 'long', timeZone: 'UTC' });
}
