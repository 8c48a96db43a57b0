// The kiosk's service search: what a visitor types on the on-screen keyboard (or a physical
// one) finds the service whatever the case or the apostrophe.
import { expect, it } from 'vitest';
import type { Service } from '@cherha/contracts';
import { normalizeForSearch, searchServices } from '../src/search';

const service = (id: number, uk: string, en: string): Service => ({ id, name: { uk, en } }) as unknown as Service;
const SERVICES = [
  service(1, 'Державна соціальна допомога малозабезпеченим сімʼям', 'State social assistance to low-income families'),
  service(2, 'Паспорт для виїзду за кордон', 'Passport for travel abroad'),
  service(3, 'Реєстрація місця проживання', 'Registration of the place of residence'),
];
const ids = (q: string) => searchServices(SERVICES, q).map((s) => s.id);

it('apostrophe variants and case are the same letter sequence', () => {
  for (const q of ['сімʼям', "сім'ям", 'сім’ям', 'СІМ‘ЯМ', 'сім`ям', 'сімям']) expect(ids(q), q).toEqual([1]);
  expect(normalizeForSearch("  Обʼєкт — ОБ'ЄКТ ")).toBe('обєкт обєкт');
});

it('every typed word must appear; English names are searched too; nothing typed finds nothing', () => {
  expect(ids('паспорт кордон')).toEqual([2]);
  expect(ids('паспорт проживання')).toEqual([]);
  expect(ids('passport')).toEqual([2]);
  expect(ids('реєстр')).toEqual([3]);
  expect(ids('   ')).toEqual([]);
});
