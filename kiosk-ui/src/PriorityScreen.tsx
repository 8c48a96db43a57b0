import { useTranslation } from 'react-i18next';
import type { PriorityCategory } from '@cherha/contracts';
import { currentLanguage, localized } from '@cherha/ui-kit';
import { PagedLayout } from './PagedLayout';

/** «Позачергово»: the visitor picks their category, then the menu continues with it. */
export function PriorityScreen({ categories, onPick }: { categories: PriorityCategory[]; onPick: (p: PriorityCategory) => void }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const items = categories
    .filter((p) => p.active)
    .map((p) => ({
      key: `p${p.id}`,
      node: (
        <button type="button" className="tile tile--priority" onClick={() => onPick(p)}>
          <span className="tile__name">{localized(p.name, lang)}</span>
        </button>
      ),
    }));
  const head = (
    <>
      <h1 id="screen-title" className="screen-title">
        {t('kiosk.priorityTitle')}
      </h1>
      <p className="lead">{t('kiosk.priorityIntro')}</p>
    </>
  );
  return <PagedLayout head={head} items={items} label={t('kiosk.priorityTitle')} />;
}
