// Phrases of the window display, added to the board app's i18n under `wd.*`.
import type { i18n as I18n } from 'i18next';
import { addRatingPhrases } from '@cherha/ui-kit';

const uk = {
  title: 'Вікно {{label}}',
  free: 'Вікно {{label}} вільне',
  freeHint: 'Очікуйте виклику на табло',
  paused: 'Перерва',
  pausedHint: 'Вікно {{label}} тимчасово не приймає',
  closed: 'Вікно {{label}} зачинене',
  called: 'Запрошується талон',
  serving: 'Обслуговується талон',
  rateTicket: 'Талон {{number}}',
  badWindow: 'Неправильна адреса: вкажіть ?window=<id вікна>',
};
const en: typeof uk = {
  title: 'Window {{label}}',
  free: 'Window {{label}} is free',
  freeHint: 'Watch the hall board for your number',
  paused: 'Break',
  pausedHint: 'Window {{label}} is not serving for a while',
  closed: 'Window {{label}} is closed',
  called: 'Now calling ticket',
  serving: 'Now serving ticket',
  rateTicket: 'Ticket {{number}}',
  badWindow: 'Wrong address: add ?window=<window id>',
};

export function addWindowPhrases(i18n: I18n): void {
  addRatingPhrases(i18n);
  i18n.addResourceBundle('uk', 'translation', { wd: uk }, true, false);
  i18n.addResourceBundle('en', 'translation', { wd: en }, true, false);
}

/** `?window=<id>` of the address, or null (then the hall board is shown) */
export function windowParam(search: string): string | null {
  return new URLSearchParams(search).get('window');
}
