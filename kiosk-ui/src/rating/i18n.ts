// Phrases of the rating terminal, added to the kiosk app's i18n under `rt.*` (the kiosk's own
// dictionary stays untouched).
import type { i18n as I18n } from 'i18next';
import { addRatingPhrases } from '@cherha/ui-kit';

const uk = {
  title: 'Оцінка обслуговування',
  scanPrompt: 'Піднесіть QR-код талону до сканера',
  scanHint: 'Код надруковано на талоні. Оцінка анонімна.',
  scanInput: 'Код талону (сканер)',
  camera: 'Сканувати камерою',
  cameraTitle: 'Наведіть камеру на QR-код талону',
  cameraFailed: 'Камера недоступна',
  cancel: 'Скасувати',
  looking: 'Перевіряємо талон…',
  ticket: 'Талон {{number}}',
  cannotRate: 'Цей талон зараз не можна оцінити: оцінка можлива після обслуговування.',
  unknown: 'Талон не знайдено. Спробуйте ще раз.',
  back: 'Назад',
  windowTitle: 'Вікно {{label}}',
  windowWaiting: 'Після завершення прийому оцініть, будь ласка, обслуговування тут.',
  setup: 'Налаштування',
  setupTitle: 'Налаштування терміналу оцінювання',
  setupIntro: 'Зі сканером термінал оцінює талон за QR-кодом. Без сканера — оберіть вікно: кнопки оцінюватимуть талон, щойно обслужений у цьому вікні.',
  modeScanner: 'Зі сканером QR-кодів',
  modeWindow: 'Без сканера, біля вікна',
  windowChoose: 'Вікно',
  windowId: 'Номер (id) вікна',
  windowsUnavailable: 'Список вікон недоступний цьому пристрою: введіть id вікна (його показує адміністратор у розділі «Вікна»).',
  save: 'Зберегти',
  noTarget: 'Немає талону для оцінювання',
};
const en: typeof uk = {
  title: 'Service rating',
  scanPrompt: "Hold your ticket's QR code to the scanner",
  scanHint: 'The code is printed on the ticket. The rating is anonymous.',
  scanInput: 'Ticket code (scanner)',
  camera: 'Scan with the camera',
  cameraTitle: "Point the camera at the ticket's QR code",
  cameraFailed: 'The camera is not available',
  cancel: 'Cancel',
  looking: 'Checking the ticket…',
  ticket: 'Ticket {{number}}',
  cannotRate: 'This ticket cannot be rated now: rating is possible after the service.',
  unknown: 'Ticket not found. Please try again.',
  back: 'Back',
  windowTitle: 'Window {{label}}',
  windowWaiting: 'When your visit is finished, please rate the service here.',
  setup: 'Settings',
  setupTitle: 'Rating terminal settings',
  setupIntro: 'With a scanner the terminal rates the ticket by its QR code. Without one, choose a window: the buttons rate the ticket just served at that window.',
  modeScanner: 'With a QR code scanner',
  modeWindow: 'No scanner, at a window',
  windowChoose: 'Window',
  windowId: 'Window number (id)',
  windowsUnavailable: 'This device cannot list the windows: type the window id (the administrator sees it under «Windows»).',
  save: 'Save',
  noTarget: 'No ticket to rate',
};

export function addTerminalPhrases(i18n: I18n): void {
  addRatingPhrases(i18n);
  i18n.addResourceBundle('uk', 'translation', { rt: uk }, true, false);
  i18n.addResourceBundle('en', 'translation', { rt: en }, true, false);
}
