// Words of the kiosk's check-in (booked visitors). Kept beside the screen rather than in the
// kiosk's i18n.ts so the booking feature stays in its own files; the same two languages.
import type { Language } from '@cherha/contracts';

const uk = {
  tile: 'Я записаний(-а) онлайн',
  tileHint: 'Реєстрація за кодом або QR-кодом запису',
  title: 'Реєстрація за записом',
  hint: 'Піднесіть QR-код запису до сканера або введіть код з листа чи сторінки запису.',
  codeLabel: 'Код запису',
  keypad: 'Клавіатура для коду',
  erase: 'Стерти',
  clear: 'Очистити',
  submit: 'Зареєструватися',
  checking: 'Перевіряємо запис…',
  bookedTitle: 'Вас зареєстровано',
  booked: 'Запис на {time} — вас запросять першим о {time}.',
  lateTitle: 'Ви запізнилися',
  late: 'Час реєстрації на {time} минув, тому талон стоїть у загальній черзі.',
  again: 'Ви вже зареєструвалися: це той самий талон.',
  ticket: 'Талон',
  service: 'Послуга',
  ahead: 'Перед вами',
  nobody: 'Нікого',
  printing: 'Талон друкується. Візьміть його з принтера.',
  printerDown: 'Принтер не друкує. Запамʼятайте або сфотографуйте номер талону.',
  done: 'Готово',
  network: 'Немає звʼязку з сервером. Спробуйте ще раз або зверніться до адміністратора залу.',
};
type Dict = typeof uk;
const en: Dict = {
  tile: 'I booked online',
  tileHint: 'Check in with the booking code or its QR code',
  title: 'Check in for a booking',
  hint: 'Hold the booking’s QR code to the scanner or type the code from the e-mail or the booking page.',
  codeLabel: 'Booking code',
  keypad: 'Keypad for the code',
  erase: 'Erase',
  clear: 'Clear',
  submit: 'Check in',
  checking: 'Checking the booking…',
  bookedTitle: 'You are checked in',
  booked: 'Booked for {time} — you will be invited first at {time}.',
  lateTitle: 'You are late',
  late: 'The check-in time for {time} is over, so your ticket is in the general queue.',
  again: 'You have already checked in: this is the same ticket.',
  ticket: 'Ticket',
  service: 'Service',
  ahead: 'People ahead',
  nobody: 'Nobody',
  printing: 'Your ticket is being printed. Please take it from the printer.',
  printerDown: 'The printer does not work. Remember or photograph the ticket number.',
  done: 'Done',
  network: 'No connection to the server. Please try again or ask the hall administrator.',
};

export type CheckInKey = keyof Dict;
export function checkInText(lang: Language, key: CheckInKey, vars: Record<string, string | number> = {}): string {
  return (lang === 'en' ? en : uk)[key].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}
