// A large on-screen keyboard: a kiosk has no physical one. Ukrainian letters (with ʼ and ґ)
// or Latin ones, following the screen's language.
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '@cherha/ui-kit';

const ROWS: Record<'uk' | 'en', string[][]> = {
  uk: [
    ['й', 'ц', 'у', 'к', 'е', 'н', 'г', 'ш', 'щ', 'з', 'х', 'ї'],
    ['ф', 'і', 'в', 'а', 'п', 'р', 'о', 'л', 'д', 'ж', 'є', 'ґ'],
    ['я', 'ч', 'с', 'м', 'и', 'т', 'ь', 'б', 'ю', 'ʼ'],
  ],
  en: [
    ['q', 'w', 'e', 'r', 't', 'y', 'u', 'i', 'o', 'p'],
    ['a', 's', 'd', 'f', 'g', 'h', 'j', 'k', 'l'],
    ['z', 'x', 'c', 'v', 'b', 'n', 'm', "'"],
  ],
};

export function Keyboard({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const rows = ROWS[lang === 'en' ? 'en' : 'uk'];
  return (
    <div className="keyboard" role="group" aria-label={t('kiosk.keyboard')}>
      {rows.map((row, i) => (
        <div className="keyboard__row" key={i}>
          {row.map((k) => (
            <button
              key={k}
              type="button"
              className="key"
              aria-label={k === 'ʼ' || k === "'" ? t('kiosk.keyApostrophe') : k.toLocaleUpperCase('uk')}
              onClick={() => onChange(value + k)}
            >
              {k.toLocaleUpperCase('uk')}
            </button>
          ))}
        </div>
      ))}
      <div className="keyboard__row">
        <button type="button" className="key key--wide" onClick={() => onChange(`${value} `)}>
          {t('kiosk.keySpace')}
        </button>
        <button type="button" className="key key--action" disabled={value === ''} onClick={() => onChange(value.slice(0, -1))}>
          <span aria-hidden="true">⌫</span> {t('kiosk.keyBackspace')}
        </button>
        <button type="button" className="key key--action" disabled={value === ''} onClick={() => onChange('')}>
          {t('kiosk.keyClear')}
        </button>
      </div>
    </div>
  );
}
