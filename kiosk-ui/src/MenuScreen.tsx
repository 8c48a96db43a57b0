// Home and category screens: sub-categories, then the services of this category.
import { useTranslation } from 'react-i18next';
import type { CatalogResponse, ServiceLoad } from '@cherha/contracts';
import { currentLanguage, localized, newIdempotencyKey } from '@cherha/ui-kit';
import { CheckInTile } from './checkinScreen';
import { ServiceTile } from './ServiceTile';
import type { KioskCatalog } from './useCatalog';
import type { KioskNav } from './useNavigation';

interface MenuProps {
  /** null: the start screen */
  categoryId: number | null;
  menu: KioskCatalog & { catalog: CatalogResponse };
  loads: Map<number, ServiceLoad>;
  nav: KioskNav;
  /** issuing is off: service tiles are shown greyed */
  blocked: boolean;
  onIssue: (serviceId: number, key: string) => void;
}

export function MenuScreen({ categoryId, menu, loads, nav, blocked, onIssue }: MenuProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const { priority, push } = nav;
  const cat = categoryId === null ? null : menu.categories.find((c) => c.id === categoryId);
  const subs = menu.childrenOf(categoryId);
  const list = categoryId === null ? [] : menu.servicesIn(categoryId);
  const offerPriority = categoryId === null && !priority && menu.catalog.priorityCategories.some((p) => p.active);
  return (
    <>
      <h1 id="screen-title" className="screen-title">
        {cat ? localized(cat.name, lang) : subs.length > 0 ? t('kiosk.chooseCategory') : t('kiosk.chooseService')}
      </h1>
      {priority ? <p className="priority-banner">{t('kiosk.priorityChosen', { name: localized(priority.name, lang) })}</p> : null}
      {subs.length === 0 && list.length === 0 ? <p className="status-note">{t('kiosk.noServices')}</p> : null}
      <ul className="tiles" role="list">
        {offerPriority ? (
          <li className="tiles__wide">
            <button type="button" className="tile tile--priority" onClick={() => push({ kind: 'priority' })}>
              <span className="tile__name">{t('kiosk.priority')}</span>
              <span className="tile__meta">{t('kiosk.priorityHint')}</span>
            </button>
          </li>
        ) : null}
        {categoryId === null ? (
          <li className="tiles__wide">
            <CheckInTile onOpen={() => push({ kind: 'checkin' })} />
          </li>
        ) : null}
        {subs.map((c) => (
          <li key={`c${c.id}`}>
            <button type="button" className="tile tile--category" onClick={() => push({ kind: 'category', categoryId: c.id })}>
              <span className="tile__name">{localized(c.name, lang)}</span>
              <span className="tile__chevron" aria-hidden="true">
                ›
              </span>
            </button>
          </li>
        ))}
        {list.map((s) => (
          <li key={`s${s.id}`}>
            <ServiceTile service={s} load={loads.get(s.id)} disabled={blocked} onPick={() => onIssue(s.id, newIdempotencyKey())} />
          </li>
        ))}
      </ul>
    </>
  );
}
