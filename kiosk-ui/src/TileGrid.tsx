// Tiles that always fit the screen: as many columns as the width allows at the minimum tile
// width, as many rows as really fit (measured after drawing, since long names wrap), and
// «Попередня / Наступна сторінка» when there are more. Nothing ever sits under the bottom bar
// or needs a scroll the visitor cannot see.
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** minimum tile width and height, in rem of the root (so the large-text mode gets fewer, larger tiles) */
const TILE_MIN_W_REM = 14;
const TILE_MIN_H_REM = 4.7;
const GAP_REM = 0.9;

export interface TileItem {
  key: string;
  node: ReactNode;
}

function rootPx(): number {
  return parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}

export function TileGrid({ items, label }: { items: TileItem[]; label: string }) {
  const { t } = useTranslation();
  const areaRef = useRef<HTMLDivElement>(null);
  const [box, setBox] = useState<{ w: number; h: number; rem: number } | null>(null);
  /** rows that really fit, found by drawing, for one size and list (`sig`): from the estimate down */
  const [fit, setFit] = useState<{ sig: string; rows: number } | null>(null);
  const [paging, setPaging] = useState<{ sig: string; page: number }>({ sig: '', page: 0 });

  // the area's size (and the root font size, which the large-text mode changes)
  useLayoutEffect(() => {
    const el = areaRef.current;
    if (!el) return undefined;
    const measure = () => {
      const r = el.getBoundingClientRect();
      const rem = rootPx();
      setBox((b) => (b && b.w === r.width && b.h === r.height && b.rem === rem ? b : { w: r.width, h: r.height, rem }));
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    ro.observe(document.documentElement);
    return () => ro.disconnect();
  }, []);

  const cols = box ? Math.max(1, Math.floor((box.w + GAP_REM * box.rem) / ((TILE_MIN_W_REM + GAP_REM) * box.rem))) : 1;
  const estimate = box ? Math.max(1, Math.floor((box.h + GAP_REM * box.rem) / ((TILE_MIN_H_REM + GAP_REM) * box.rem))) : 1;
  // a new size or a new list: measured again from the estimate
  const sig = `${box?.w}x${box?.h}@${box?.rem}:${items.map((i) => i.key).join(',')}`;
  const fitRows = fit && fit.sig === sig ? Math.min(fit.rows, estimate) : estimate;
  // with more than one page the pager takes its height (72 px buttons, or 2 rem in large text)
  const pagerNeeded = items.length > cols * fitRows;
  const pagerPx = box ? Math.max(72, 2.2 * box.rem) + GAP_REM * box.rem + 8 : 0;
  const rowsBesidePager = box ? Math.floor((box.h - pagerPx + GAP_REM * box.rem) / ((TILE_MIN_H_REM + GAP_REM) * box.rem)) : 1;
  const rowsShown = Math.max(1, pagerNeeded ? Math.min(fitRows, rowsBesidePager) : fitRows);
  const perPage = cols * rowsShown;
  const pages = Math.max(1, Math.ceil(items.length / perPage));
  const pageSig = `${sig}/${perPage}`;
  const current = paging.sig === pageSig ? Math.min(paging.page, pages - 1) : 0;
  const setPage = (page: number) => setPaging({ sig: pageSig, page });
  const shown = items.slice(current * perPage, (current + 1) * perPage);

  // drawn too tall (long names wrapped): one row fewer, until it fits or one row is left
  useLayoutEffect(() => {
    const area = areaRef.current;
    if (!area || !box) return;
    const bottom = area.getBoundingClientRect().bottom - parseFloat(getComputedStyle(area).paddingBottom);
    const overflows = [...area.querySelectorAll('.tiles > li, .pager')].some((el) => el.getBoundingClientRect().bottom > bottom + 1);
    if (overflows && fitRows > 1) setFit({ sig, rows: fitRows - 1 });
  }, [box, sig, fitRows, current]);

  return (
    <div className="tile-area" ref={areaRef}>
      <ul className="tiles" role="list" aria-label={label} style={{ gridTemplateColumns: `repeat(${cols}, minmax(0, 1fr))` }}>
        {shown.map((it) => (
          <li key={it.key}>{it.node}</li>
        ))}
      </ul>
      {pages > 1 ? (
        <nav className="pager" aria-label={t('kiosk.pagesLabel')}>
          {/* the visible word starts the spoken name (WCAG 2.5.3); a narrow list shows the arrows only */}
          <button type="button" className="pager__button" aria-label={t('kiosk.pagePrev')} disabled={current === 0} onClick={() => setPage(current - 1)}>
            <span aria-hidden="true">‹</span> <span className="pager__word">{t('kiosk.pagePrevShort')}</span>
          </button>
          <p className="pager__status" role="status" aria-live="polite">
            {t('kiosk.pageOf', { page: current + 1, pages })}
          </p>
          <button
            type="button"
            className="pager__button pager__button--next"
            aria-label={t('kiosk.pageNext')}
            disabled={current >= pages - 1}
            onClick={() => setPage(current + 1)}
          >
            <span className="pager__word">{t('kiosk.pageNextShort')}</span> <span aria-hidden="true">›</span>
          </button>
        </nav>
      ) : null}
    </div>
  );
}
