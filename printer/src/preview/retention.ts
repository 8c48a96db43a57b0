// Previews of the virtual printer pile up (one PNG per ticket, ~20 KB, hundreds a day):
// files older than the retention period are deleted, at most once per SWEEP_EVERY_MS per
// folder, after a print — so a server that prints nothing does no work.
import { readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';

const SWEEP_EVERY_MS = 10 * 60_000;
const lastSweep = new Map<string, number>();

/** Deletes the PNG previews in `dir` last written before now − keepMs; returns how many. */
export async function sweepPreviews(dir: string, keepMs: number, now = Date.now()): Promise<number> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0; // no folder yet
  }
  let deleted = 0;
  for (const name of names) {
    if (!name.endsWith('.png')) continue;
    const file = join(dir, name);
    try {
      if ((await stat(file)).mtimeMs < now - keepMs) {
        await unlink(file);
        deleted += 1;
      }
    } catch {
      /* deleted meanwhile by another printer's sweep of the same folder */
    }
  }
  return deleted;
}

/** sweepPreviews unless the folder was swept in the last minutes */
export async function sweepPreviewsNowAndThen(dir: string, keepMs: number, now = Date.now()): Promise<void> {
  const last = lastSweep.get(dir);
  if (last !== undefined && now - last < SWEEP_EVERY_MS) return;
  lastSweep.set(dir, now);
  await sweepPreviews(dir, keepMs, now);
}
