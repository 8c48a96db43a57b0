// Phrases of the booking screens of the operator app: «Записи» (#/bookings, every member of
// staff) with «Записати за телефоном», and the admin tab «Запис онлайн». Added under `bk.*`
// (and the tab's name under `adm.tab_booking`).
import type { i18n as I18n } from 'i18next';

const bkUk = {
  open: 'Записи',
  title: 'Записи на день',
  intro: 'Хто записався онлайн або за телефоном і хто вже зареєструвався в терміналі. Список оновлюється сам.',
  back: 'До робочого місця',
  /** supervisors and admins came from «Огляд офісу» (as admin/strings.ts backToConsole) */
  backToOffice: '← Огляд офісу',
  day: 'День',
  counts: 'Записано: {{total}} · Очікуються: {{booked}} · Зареєструвалися: {{checked_in}} · Не прийшли: {{no_show}} · Скасовано: {{cancelled}}',
  none: 'На цей день записів немає.',
  colTime: 'Час',
  colService: 'Послуга',
  colCode: 'Код',
  colName: 'Імʼя',
  colContact: 'Телефон або пошта',
  colStatus: 'Стан',
  colTicket: 'Талон',
  status_booked: 'Очікується',
  status_checked_in: 'Зареєструвався',
  status_checked_in_late: 'Зареєструвався із запізненням',
  status_cancelled: 'Скасовано',
  status_no_show: 'Не прийшов',
  removed: 'дані видалено',
  phoneTitle: 'Записати за телефоном',
  phoneIntro: 'Для відвідувача, який зателефонував: оберіть послугу, день і вільний час, запишіть імʼя. Телефон — лише за згодою відвідувача.',
  service: 'Послуга',
  time: 'Вільний час',
  noTimes: 'На цей день вільного часу немає',
  name: 'Імʼя відвідувача',
  phone: 'Телефон (необовʼязково)',
  email: 'Пошта (необовʼязково)',
  consent: 'Відвідувач погодився, що центр зберігає його телефон або пошту',
  book: 'Записати',
  booked: 'Запис {{code}} на {{time}} створено. Продиктуйте код відвідувачу.',
  noServices: 'Жодна послуга цього офісу не відкрита для запису. Адміністратор відкриває її в «Адміністрування → Запис онлайн».',
};
type Dict = typeof bkUk;
const bkEn: Dict = {
  open: 'Bookings',
  title: 'Bookings of the day',
  intro: 'Who booked online or by phone and who has checked in at the kiosk. The list updates itself.',
  back: 'Back to the workplace',
  backToOffice: '← Office overview',
  day: 'Day',
  counts: 'Booked: {{total}} · Expected: {{booked}} · Checked in: {{checked_in}} · Did not come: {{no_show}} · Cancelled: {{cancelled}}',
  none: 'No bookings for this day.',
  colTime: 'Time',
  colService: 'Service',
  colCode: 'Code',
  colName: 'Name',
  colContact: 'Phone or e-mail',
  colStatus: 'Status',
  colTicket: 'Ticket',
  status_booked: 'Expected',
  status_checked_in: 'Checked in',
  status_checked_in_late: 'Checked in late',
  status_cancelled: 'Cancelled',
  status_no_show: 'Did not come',
  removed: 'data deleted',
  phoneTitle: 'Book by phone',
  phoneIntro: 'For a visitor who phoned: choose the service, the day and a free time, write down the name. A phone number only with the visitor’s consent.',
  service: 'Service',
  time: 'Free time',
  noTimes: 'No free time on this day',
  name: 'Visitor’s name',
  phone: 'Phone (optional)',
  email: 'E-mail (optional)',
  consent: 'The visitor agreed that the centre keeps the phone or e-mail',
  book: 'Book',
  booked: 'Booking {{code}} at {{time}} is made. Tell the visitor the code.',
  noServices: 'No service of this office is open for booking. An admin opens it in «Administration → Online booking».',
};

const admUk = {
  tab_booking: 'Запис онлайн',
  aud: { op_updateBookingSettings: 'Правила запису онлайн' },
  booking: {
    intro: 'Яку частку часу вікон віддати під запис онлайн (для кожної послуги), коли відвідувач може зареєструватися в терміналі і скільки днів зберігати його дані.',
    before: 'Реєстрація відкривається за, хв',
    after: 'Реєстрація закривається через, хв',
    afterHint: 'Пізніше відвідувач стає в загальну чергу.',
    retention: 'Зберігати імʼя і контакти, днів після візиту',
    daysAhead: 'Записувати наперед, днів',
    perContact: 'Записів на один телефон або пошту на день',
    shares: 'Частка запису за послугами, %',
    sharesHint: '0 — послуга без запису. Частка рахується від вікон, що обслуговують послугу.',
    saved: 'Правила запису збережено.',
  },
};
const admEn: typeof admUk = {
  tab_booking: 'Online booking',
  aud: { op_updateBookingSettings: 'Online booking rules' },
  booking: {
    intro: 'Which share of the windows’ time goes to online booking (per service), when a visitor may check in at the kiosk, and how many days their data is kept.',
    before: 'Check-in opens before, min',
    after: 'Check-in closes after, min',
    afterHint: 'Later the visitor joins the general queue.',
    retention: 'Keep name and contact, days after the visit',
    daysAhead: 'Book ahead, days',
    perContact: 'Bookings per phone or e-mail per day',
    shares: 'Booking share per service, %',
    sharesHint: '0 — no booking for the service. The share is of the windows that serve the service.',
    saved: 'Booking rules are saved.',
  },
};

export function addBookingStrings(i18n: I18n): void {
  i18n.addResourceBundle('uk', 'translation', { bk: bkUk, adm: admUk }, true, false);
  i18n.addResourceBundle('en', 'translation', { bk: bkEn, adm: admEn }, true, false);
}
