// The console's actions, their keys and what the status line says once one is done.
import type { TFunction } from 'i18next';

export type Action = 'callNext' | 'recall' | 'start' | 'finish' | 'noShow' | 'transfer' | 'postpone' | 'pause';

/** the order of the buttons under the current ticket */
export const BUTTONS: readonly Action[] = ['callNext', 'recall', 'start', 'finish', 'noShow', 'transfer', 'postpone', 'pause'];

/** Physical keys (KeyboardEvent.code): the same key in the Ukrainian and English layouts. */
export const SHORTCUTS: { action: Action; code: string; key: string; keyUk: string }[] = [
  { action: 'callNext', code: 'KeyN', key: 'N', keyUk: 'Т' },
  { action: 'recall', code: 'KeyR', key: 'R', keyUk: 'К' },
  { action: 'start', code: 'KeyS', key: 'S', keyUk: 'І' },
  { action: 'finish', code: 'KeyF', key: 'F', keyUk: 'А' },
  { action: 'noShow', code: 'KeyX', key: 'X', keyUk: 'Ч' },
  { action: 'transfer', code: 'KeyT', key: 'T', keyUk: 'Е' },
  { action: 'postpone', code: 'KeyP', key: 'P', keyUk: 'З' },
  { action: 'pause', code: 'KeyB', key: 'B', keyUk: 'И' },
];

export function actionLabel(a: Action, paused: boolean, t: TFunction): string {
  if (a === 'pause') return paused ? t('op.resume') : t('op.pause');
  return t(`op.${a}`);
}

/**
 * What the status line says after a command: a whole sentence about the ticket («Талон Р001
 * завершено»), never «Виконано: Завершити Р001». `number` comes from the server's answer.
 */
export type Sentence = (number: string) => string;

export const said = (t: TFunction, key: string, extra: Record<string, string> = {}): Sentence => (number) => t(`op.said.${key}`, { number, ...extra });
