// Device identity (kiosk, board): token and branch kept in localStorage.
// A link like /kiosk/?token=…&branch=1 stores both and is then removed from the address bar.

export interface DeviceIdentity {
  token: string | null;
  branchId: number | null;
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function readStored(key: string): string | null {
  return storage()?.getItem(key) ?? null;
}

export function writeStored(key: string, value: string | null): void {
  const s = storage();
  if (!s) return;
  try {
    if (value === null) s.removeItem(key);
    else s.setItem(key, value);
  } catch {
    /* storage full or disabled: keep working for this page load */
  }
}

function parseBranch(value: string | null): number | null {
  if (!value) return null;
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : null;
}

/**
 * Read `token` and `branch` from the query (then drop them from the URL) or from storage.
 * `app` names the storage keys ("kiosk", "board"), so two apps on one origin do not mix.
 */
export function loadDeviceIdentity(app: string): DeviceIdentity {
  const tokenKey = `cherha.${app}.token`;
  const branchKey = `cherha.${app}.branch`;
  if (typeof location !== 'undefined') {
    const url = new URL(location.href);
    const qToken = url.searchParams.get('token');
    const qBranch = parseBranch(url.searchParams.get('branch'));
    if (qToken) writeStored(tokenKey, qToken);
    if (qBranch) writeStored(branchKey, String(qBranch));
    if (url.searchParams.has('token') || url.searchParams.has('branch')) {
      url.searchParams.delete('token');
      url.searchParams.delete('branch');
      history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    }
  }
  return { token: readStored(tokenKey), branchId: parseBranch(readStored(branchKey)) };
}

export function saveDeviceIdentity(app: string, identity: DeviceIdentity): void {
  writeStored(`cherha.${app}.token`, identity.token);
  writeStored(`cherha.${app}.branch`, identity.branchId === null ? null : String(identity.branchId));
}
