// The branch's «Робоче місце» settings (may «Завершити» follow the call directly?). Read on
// start and again after every snapshot: an admin's change makes the server send every screen
// a fresh snapshot. Until known, the strict table applies (the server decides anyway).
import { useEffect, useState } from 'react';
import { DEFAULT_WORKPLACE_SETTINGS, type WorkplaceSettings } from '@cherha/contracts';
import { api } from '@cherha/ui-kit';

export function useWorkplaceSettings(branchId: number, snapshotCount: number): WorkplaceSettings {
  const [settings, setSettings] = useState<WorkplaceSettings>(DEFAULT_WORKPLACE_SETTINGS);
  useEffect(() => {
    let cancelled = false;
    api('getWorkplaceSettings', { params: { branchId } })
      .then((s) => {
        if (!cancelled) setSettings(s);
      })
      .catch(() => undefined); // kept as it was: a refused finish is still explained by the server
    return () => {
      cancelled = true;
    };
  }, [branchId, snapshotCount]);
  return settings;
}
