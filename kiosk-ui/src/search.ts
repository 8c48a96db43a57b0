// Service search as a visitor types it on the kiosk: case does not matter, nor which of the
// apostrophes (ʼ ' ’ ‘ ` ´) was typed or stored — «обʼєкт», «об'єкт» and «ОБЄКТ» find the same
// service. Every word typed must appear in the name (Ukrainian or English).
import type { Service } from '@cherha/contracts';

const APOSTROPHES = /[ʼ'’‘`´ʹ′]/g;

export function normalizeForSearch(text: string): string {
  return text.toLocaleLowerCase('uk').replace(APOSTROPHES, '').replace(/[\s\-–—.,«»"()]+/g, ' ').trim();
}

export function searchServices(services: readonly Service[], query: string): Service[] {
  const words = normalizeForSearch(query).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  return services.filter((s) => {
    const hay = normalizeForSearch(`${s.name.uk} ${s.name.en}`);
    return words.every((w) => hay.includes(w));
  });
}
