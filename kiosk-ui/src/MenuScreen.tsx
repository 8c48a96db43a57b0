// Home and category screens: sub-categories, then the services of this category, paged to fit
// the screen. Home also offers «Позачергово» and «Пошук послуги».
import { useTranslation } from 'react-i18next';
import type { CatalogResponse, ServiceLoad } from '@cherha/contracts';
import { currentLanguage, localized, newIdempotencyKey } from '@cherha/ui-kit';
import { PagedLayout } from './PagedLayout';
import { CheckInTile } from './checkinScreen';
import { ServiceTile } from './ServiceTile';
import type { TileItem } from './TileGrid';
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
  /** shown on the service tiles when the kiosk itself knows why (no connection) */
  blockedReason: string | null;
  /** above the tiles: e.g. the no-connection notice */
  notice?: React.ReactNode;
  onIssue: (serviceId: number, key: string) => void;
}

export function MenuScreen({ categoryId, menu, loads, nav, blocked, blockedReason, notice, onIssue }: MenuProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const { priority, push } = nav;
  const cat = categoryId === null ? null : menu.categories.find((c) => c.id === categoryId);
  const subs = menu.childrenOf(categoryId);
  const list = categoryId === null ? [] : menu.servicesIn(categoryId);
  const home = categoryId === null;
  const offerPriority = home && !priority && menu.catalog.priorityCategories.some((p) => p.active);
  const items: TileItem[] = [
    ...subs.map((c) => ({
      key: `c${c.id}`,
      node: (
        <button type="button" className="tile tile--category" onClick={() => push({ kind: 'category', categoryId: c.id })}>
          <span className="tile__name">{localized(c.name, lang)}</span>
          <span className="tile__chevron" aria-hidden="true">
            ›
          </span>
        </button>
      ),
    })),
    ...list.map((s) => ({
      key: `s${s.id}`,
      node: <ServiceTile service={s} load={loads.get(s.id)} disabled={blocked} blockedReason={blockedReason} onPick={() => onIssue(s.id, newIdempotencyKey())} />,
    })),
  ];
  const title = cat ? localized(cat.name, lang) : subs.length > 0 ? t('kiosk.chooseCategory') : t('kiosk.chooseService');
  const head = (
    <>
      <h1 id="screen-title" className="screen-title">
        {title}
      </h1>
      {notice}
      {priority ? <p className="priority-banner">{t('kiosk.priorityChosen', { name: localized(priority.name, lang) })}</p> : null}
      {subs.length === 0 && list.length === 0 ? <p className="status-note">{t('kiosk.noServices')}</p> : null}
    </>
  );
  // «Позачергово» and «Пошук послуги»: a row of their own at the foot of the start screen, not paged
  const actions = home ? (
    <div className="menu-actions">
      {offerPriority ? (
        <button type="button" className="tile tile--priority tile--action" onClick={() => push({ kind: 'priority' })}>
          <span className="tile__name">{t('kiosk.priority')}</span>
          <span className="tile__meta">{t('kiosk.priorityHint')}</span>
        </button>
      ) : null}
      <button type="button" className="tile tile--search tile--action" onClick={() => push({ kind: 'search', query: '' })}>
        <span className="tile__name">
          <span aria-hidden="true">⌕ </span>
          {t('kiosk.search')}
        </span>
        <span className="tile__meta">{t('kiosk.searchHint')}</span>
      </button>
      <CheckInTile onOpen={() => push({ kind: 'checkin' })} />
    </div>
  ) : null;
  return <PagedLayout head={head} items={items} label={title} aside={actions} />;
}
