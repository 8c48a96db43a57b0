// The kiosk's menu: categories, services and priority categories of the branch, loaded over
// REST (retried every 5 s until it comes, refreshed every 10 min), in the admin's order.
import { useEffect, useMemo, useState } from 'react';
import type { CatalogResponse, Category, Service } from '@cherha/contracts';
import { api } from '@cherha/ui-kit';

export interface KioskCatalog {
  catalog: CatalogResponse | null;
  /** the last load failed (a retry is scheduled) */
  failed: boolean;
  categories: Category[];
  /** active services, sorted */
  services: Service[];
  /** sub-categories of `parentId` that hold at least one active service somewhere below */
  childrenOf: (parentId: number | null) => Category[];
  servicesIn: (categoryId: number) => Service[];
}

const RETRY_MS = 5000;
/** a dead network is noticed in seconds: the screen says the menu is being retried */
const LOAD_TIMEOUT_MS = 8000;
const REFRESH_MS = 10 * 60_000; // names and services change rarely

export function useCatalog(branchId: number | null, token: string): KioskCatalog {
  const [catalog, setCatalog] = useState<CatalogResponse | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!branchId) return undefined;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = () => {
      api('getCatalog', { params: { branchId } }, { token, timeoutMs: LOAD_TIMEOUT_MS })
        .then((c) => {
          if (cancelled) return;
          setCatalog(c);
          setFailed(false);
        })
        .catch(() => {
          if (cancelled) return;
          setFailed(true);
          timer = setTimeout(load, RETRY_MS);
        });
    };
    load();
    const refresh = setInterval(load, REFRESH_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
      clearInterval(refresh);
    };
  }, [branchId, token]);

  const categories = useMemo(() => (catalog?.categories ?? []).slice().sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id), [catalog]);
  const services = useMemo(
    () => (catalog?.services ?? []).filter((s) => s.active).sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id),
    [catalog],
  );
  /** categories that contain at least one active service somewhere below */
  const nonEmpty = useMemo(() => {
    const set = new Set<number>();
    const parent = new Map<number, number | null>(categories.map((c) => [c.id, c.parentId]));
    for (const s of services) {
      let id: number | null | undefined = s.categoryId;
      let guard = 0;
      while (id != null && !set.has(id) && guard < 10) {
        set.add(id);
        id = parent.get(id);
        guard += 1;
      }
    }
    return set;
  }, [categories, services]);

  return {
    catalog,
    failed,
    categories,
    services,
    childrenOf: (parentId) => categories.filter((c) => c.parentId === parentId && nonEmpty.has(c.id)),
    servicesIn: (categoryId) => services.filter((s) => s.categoryId === categoryId),
  };
}
