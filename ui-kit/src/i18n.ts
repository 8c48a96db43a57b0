// i18next setup shared by the apps: Ukrainian first, English second, <html lang> kept in step.
import i18next, { type i18n as I18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { commonEn, commonUk } from './locales';
import { readStored, writeStored } from './device';

export type AppLanguage = 'uk' | 'en';
export const LANGUAGES: readonly AppLanguage[] = ['uk', 'en'];

type Tree = { [key: string]: string | Tree };

function merge(a: Tree, b: Tree): Tree {
  const out: Tree = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const prev = out[k];
    out[k] = typeof v === 'object' && typeof prev === 'object' ? merge(prev, v) : v;
  }
  return out;
}

export interface I18nOptions {
  /** storage key suffix: remember the language per app ("operator"); omit to always start in Ukrainian */
  remember?: string;
  uk: object;
  en: object;
}

export function createI18n(options: I18nOptions): I18n {
  const stored = options.remember ? readStored(`cherha.${options.remember}.lang`) : null;
  const lng: AppLanguage = stored === 'en' ? 'en' : 'uk';
  const resources: Resource = {
    uk: { translation: merge(commonUk as unknown as Tree, options.uk as Tree) },
    en: { translation: merge(commonEn as unknown as Tree, options.en as Tree) },
  };
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: 'uk',
    supportedLngs: ['uk', 'en'],
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  const apply = (l: string) => {
    if (typeof document !== 'undefined') document.documentElement.lang = l;
    if (options.remember) writeStored(`cherha.${options.remember}.lang`, l);
  };
  apply(lng);
  instance.on('languageChanged', apply);
  return instance;
}

export function currentLanguage(i18n: I18n): AppLanguage {
  return i18n.language === 'en' ? 'en' : 'uk';
}
