// The figures of a ratings summary, from the rows of a period. Pure, so a test can hold the
// arithmetic against hand-made sums.
import { RATING_VALUES, type RatingChannel, type RatingGroupFigures, type RatingNps, type RatingSummary, type RatingValue } from '@cherha/contracts';
import type { RatingReportRow } from '@cherha/db';

const MAX_COMMENTS = 200;

function figures(rows: readonly RatingReportRow[]): RatingGroupFigures {
  const satisfied = rows.filter((r) => r.satisfied).length;
  return { total: rows.length, satisfied, dissatisfied: rows.length - satisfied, share: rows.length ? satisfied / rows.length : null };
}

/** groups in first-seen order, then the biggest first */
function groupBy<K>(rows: readonly RatingReportRow[], key: (r: RatingReportRow) => K): { key: K; first: RatingReportRow; figures: RatingGroupFigures }[] {
  const groups = new Map<K, RatingReportRow[]>();
  for (const r of rows) {
    const k = key(r);
    const list = groups.get(k);
    if (list) list.push(r);
    else groups.set(k, [r]);
  }
  return [...groups.entries()].map(([k, list]) => ({ key: k, first: list[0]!, figures: figures(list) })).sort((a, b) => b.figures.total - a.figures.total);
}

/** promoters 9–10, passives 7–8, detractors 0–6; null when nobody answered */
export function nps(answers: readonly number[]): RatingNps | null {
  if (answers.length === 0) return null;
  const promoters = answers.filter((a) => a >= 9).length;
  const detractors = answers.filter((a) => a <= 6).length;
  return { promoters, passives: answers.length - promoters - detractors, detractors, score: Math.round((100 * (promoters - detractors)) / answers.length) };
}

/** `rows` latest first (as the repository returns them) */
export function summarize(rows: readonly RatingReportRow[], from: string, to: string): RatingSummary {
  const all = figures(rows);
  const byScale = Object.fromEntries(RATING_VALUES.map((v) => [v, 0])) as Record<RatingValue, number>;
  for (const r of rows) byScale[r.value] += 1;
  return {
    from, to,
    total: all.total, satisfied: all.satisfied, dissatisfied: all.dissatisfied, satisfiedShare: all.share,
    byScale,
    nps: nps(rows.flatMap((r) => (r.recommend === null ? [] : [r.recommend]))),
    byOperator: groupBy(rows, (r) => r.operatorId).map((g) => ({ operatorId: g.key, name: g.first.operatorName, ...g.figures })),
    byWindow: groupBy(rows, (r) => r.windowId).map((g) => ({ windowId: g.key, label: g.first.windowLabel, ...g.figures })),
    byService: groupBy(rows, (r) => r.serviceId).map((g) => ({ serviceId: g.key, name: { uk: g.first.serviceNameUk, en: g.first.serviceNameEn }, ...g.figures })),
    byChannel: groupBy(rows, (r): RatingChannel => r.channel).map((g) => ({ channel: g.key, ...g.figures })),
    comments: rows
      .filter((r) => r.comment !== null || r.reasons.length > 0)
      .slice(0, MAX_COMMENTS)
      .map((r) => ({
        ticketNumber: r.ticketNumber, serviceName: { uk: r.serviceNameUk, en: r.serviceNameEn }, windowLabel: r.windowLabel, operatorName: r.operatorName,
        value: r.value, reasons: r.reasons, comment: r.comment, createdAt: r.createdAt,
      })),
  };
}
