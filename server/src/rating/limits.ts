// Against stuffing the ratings: a sliding window of attempts per key (a client address for
// the phone page, a device for terminals and displays). Every attempt counts — saved, already
// rated, refused or a guessed code — so guessing codes is as limited as voting twice.
import type { Clock } from '../time';

export const RATING_LIMIT_WINDOW_MS = 10 * 60_000;
/** per client address, phone ticket pages */
export const WEB_RATINGS_PER_WINDOW = 30;
/** per rating terminal or display (one per visitor, a busy window serves far fewer) */
export const DEVICE_RATINGS_PER_WINDOW = 120;

export class SlidingLimit {
  private readonly hits = new Map<string, number[]>();

  constructor(private readonly clock: Clock) {}

  /** records an attempt; false when the key already used up its allowance */
  take(key: string, max: number, windowMs = RATING_LIMIT_WINDOW_MS): boolean {
    const now = this.clock.now().getTime();
    const recent = (this.hits.get(key) ?? []).filter((t) => t > now - windowMs);
    if (recent.length >= max) {
      this.hits.set(key, recent);
      return false;
    }
    recent.push(now);
    this.hits.set(key, recent);
    // many one-off addresses must not grow the map without bound
    if (this.hits.size > 10_000) this.prune(now - windowMs);
    return true;
  }

  private prune(before: number): void {
    for (const [k, list] of this.hits) if (list.every((t) => t <= before)) this.hits.delete(k);
  }
}
