// Roll-up rows → the figures a report shows. Percentiles come from the merged 1-minute
// histogram: the nearest-rank value's whole minute (docs/reports.md, "precision").
import type { ReportFigures } from '@cherha/contracts';
import { ROLLUP_SUMS, type RollupRow, type RollupSum } from '@cherha/db';
import { addPairs } from './pairs';

export type Sums = Record<RollupSum, number>;

export class FigureAcc {
  readonly sums = Object.fromEntries(ROLLUP_SUMS.map((k) => [k, 0])) as Sums;
  readonly hist: number[] = [];
  add(r: RollupRow): void {
    for (const k of ROLLUP_SUMS) this.sums[k] += r[k];
    addPairs(this.hist, r.wait_hist);
  }
  figures(): ReportFigures {
    return toFigures(this.sums, this.hist);
  }
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);
const round2 = (v: number) => Math.round(v * 100) / 100;
const minutes = (seconds: number, n: number) => (n > 0 ? round2(seconds / n / 60) : null);

/** nearest rank: the smallest bucket whose cumulative count reaches ceil(p·n) */
export function percentileMinute(hist: readonly number[], n: number, p: number): number | null {
  if (n === 0) return null;
  const rank = Math.max(1, Math.ceil(p * n));
  let cum = 0;
  for (let m = 0; m < hist.length; m++) {
    cum += hist[m] ?? 0;
    if (cum >= rank) return m;
  }
  return hist.length - 1;
}

export function toFigures(s: Sums, hist: readonly number[]): ReportFigures {
  return {
    tickets: s.tickets, visitors: s.visitors, served: s.served, noShow: s.no_show, cancelled: s.cancelled, closed: s.closed,
    transferred: s.transferred, postponed: s.postponed, priority: s.priority,
    noShowRate: share(s.no_show, s.tickets), transferRate: share(s.transferred, s.tickets), postponeRate: share(s.postponed, s.tickets), cancelRate: share(s.cancelled, s.tickets),
    wait: {
      count: s.wait_n, meanMinutes: minutes(s.wait_sum_s, s.wait_n), medianMinutes: percentileMinute(hist, s.wait_n, 0.5),
      p90Minutes: percentileMinute(hist, s.wait_n, 0.9), withinTargetShare: share(s.wait_within, s.wait_n),
    },
    service: { count: s.service_n, meanMinutes: minutes(s.service_sum_s, s.service_n) },
    satisfaction: { rated: s.rated, satisfied: s.satisfied, share: share(s.satisfied, s.rated) },
  };
}
