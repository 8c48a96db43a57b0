// «Пошук послуги»: the on-screen keyboard, and the services whose names hold what was typed
// (paged like every list of tiles). A physical keyboard works too.
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Service, ServiceLoad } from '@cherha/contracts';
import { newIdempotencyKey } from '@cherha/ui-kit';
import { Keyboard } from './Keyboard';
import { ReachHead } from './PagedLayout';
import { ServiceTile } from './ServiceTile';
import { TileGrid } from './TileGrid';
import { searchServices } from './search';

interface SearchProps {
  query: string;
  onQuery: (q: string) => void;
  services: readonly Service[];
  loads: Map<number, ServiceLoad>;
  /** issuing is off: tiles greyed */
  blocked: boolean;
  blockedReason: string | null;
  /** under the heading: e.g. the no-connection notice */
  notice?: ReactNode;
  onIssue: (serviceId: number, key: string) => void;
}

export function SearchScreen({ query, onQuery, services, loads, blocked, blockedReason, notice, onIssue }: SearchProps) {
  const { t } = useTranslation();
  const found = useMemo(() => searchServices(services, query), [services, query]);
  const items = found.map((s) => ({
    key: `s${s.id}`,
    node: <ServiceTile service={s} load={loads.get(s.id)} disabled={blocked} blockedReason={blockedReason} onPick={() => onIssue(s.id, newIdempotencyKey())} />,
  }));
  const typed = query.trim() !== '';
  return (
    <div className="search">
      <ReachHead>
        <h1 id="screen-title" className="screen-title">
          {t('kiosk.searchTitle')}
        </h1>
        {notice}
        <label className="search__label" htmlFor="kiosk-search">
          {t('kiosk.searchLabel')}
        </label>
        <input
          id="kiosk-search"
          className="search__input"
          type="search"
          inputMode="none"
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(e) => onQuery(e.target.value)}
        />
        <p className="search__count" role="status" aria-live="polite">
          {!typed ? t('kiosk.searchPrompt') : found.length === 0 ? t('kiosk.searchNone') : t('kiosk.searchFound', { count: found.length })}
        </p>
      </ReachHead>
      <div className="search__body">
        <div className="search__results">{found.length > 0 ? <TileGrid items={items} label={t('kiosk.searchResults')} /> : null}</div>
        <Keyboard value={query} onChange={onQuery} />
      </div>
    </div>
  );
}
