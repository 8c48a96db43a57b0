// How this rating terminal works, chosen once by the technician: with a scanner, or bound to a
// window (no scanner: the buttons rate the ticket just finished there). `?window=<id>` in the
// address binds it too; `?setup=1` opens the setup screen again.
import { readStored, writeStored } from '@cherha/ui-kit';

export type Binding = { mode: 'scanner' } | { mode: 'window'; windowId: number; label: string | null };

const MODE = 'cherha.rating.mode';
const WINDOW = 'cherha.rating.window';
const LABEL = 'cherha.rating.windowLabel';

function windowIdOf(v: string | null): number | null {
  if (!v || !/^[1-9][0-9]{0,8}$/.test(v)) return null;
  return Number(v);
}

/** null: never set up (the setup screen comes first) */
export function loadBinding(): Binding | null {
  const fromUrl = windowIdOf(new URLSearchParams(location.search).get('window'));
  if (fromUrl !== null && fromUrl !== windowIdOf(readStored(WINDOW))) {
    saveBinding({ mode: 'window', windowId: fromUrl, label: null });
  }
  const mode = readStored(MODE);
  const windowId = windowIdOf(readStored(WINDOW));
  if (mode === 'window' && windowId !== null) return { mode, windowId, label: readStored(LABEL) };
  if (mode === 'scanner') return { mode };
  return null;
}

export function saveBinding(b: Binding): void {
  writeStored(MODE, b.mode);
  writeStored(WINDOW, b.mode === 'window' ? String(b.windowId) : null);
  writeStored(LABEL, b.mode === 'window' ? b.label : null);
}

export const setupRequested = (): boolean => new URLSearchParams(location.search).get('setup') === '1';
