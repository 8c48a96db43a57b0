// The national quality monitoring export (docs/reports.md): tickets.csv (one anonymised row
// per ticket) and daily.csv (one row per office and day). No names, numbers, codes, comments
// or staff: office, service, times, minutes, outcome and the rating only. Written a
// branch-day (or branch-month) at a time, yielding to the event loop in between, so a year's
// export never stalls kiosks and boards.
import { EXPORT_DAILY_COLUMNS, EXPORT_TICKET_COLUMNS } from '@cherha/contracts';
import type { ReportRepo } from '@cherha/db';
import { addDays, dayStartUtc, monthOf, nextMonth } from './days';
import { ticketFacts } from './facts';
import { FigureAcc } from './figures';
import { alertIntervals, type BranchInfo } from './rollup';

const yieldLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** RFC 4180: quote when needed, double the quotes */
export function csvCell(v: string | number | null): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
const line = (cells: readonly (string | number | null)[]) => cells.map(csvCell).join(',') + '\r\n';
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const mins = (s: number | null) => (s === null ? null : Math.round((s / 60) * 100) / 100);

interface Scope {
  from: string;
  to: string;
  branches: readonly (BranchInfo & { name: string })[];
  nowMs: number;
}

export async function* ticketsCsv(rr: ReportRepo, scope: Scope): AsyncGenerator<string> {
  yield line(EXPORT_TICKET_COLUMNS);
  const serviceName = new Map(rr.names().services.map((s) => [s.id, s.name]));
  for (const b of scope.branches) {
    for (let day = scope.from; day <= scope.to; day = addDays(day, 1)) {
      const start = dayStartUtc(day, b.timeZone);
      const alerts = alertIntervals(rr, b.id, start, dayStartUtc(addDays(day, 2), b.timeZone), scope.nowMs);
      const events = new Map<number, ReturnType<ReportRepo['dayEvents']>>();
      for (const e of rr.dayEvents(b.id, day)) {
        const list = events.get(e.ticket_id) ?? [];
        list.push(e);
        events.set(e.ticket_id, list);
      }
      const ratings = new Map(rr.dayRatings(b.id, day).map((r) => [r.ticket_id, r.value]));
      let chunk = '';
      for (const t of rr.dayTickets(b.id, day)) {
        const f = ticketFacts(t, events.get(t.id) ?? [], alerts);
        chunk += line([
          b.id, b.name, day, f.serviceId, serviceName.get(f.serviceId) ?? '', f.priority ? 1 : 0, iso(f.issuedAt), iso(f.firstCalledAt), iso(f.startedAt),
          iso(f.finishedAt), mins(f.waitSeconds === null ? null : Math.round(f.waitSeconds)), mins(f.serviceSeconds === null ? null : Math.round(f.serviceSeconds)),
          f.outcome, f.transferred ? 1 : 0, f.postponed ? 1 : 0, ratings.get(t.id) ?? null,
        ]);
      }
      if (chunk) yield chunk;
      await yieldLoop();
    }
  }
}

export async function* dailyCsv(rr: ReportRepo, scope: Scope): AsyncGenerator<string> {
  yield line(EXPORT_DAILY_COLUMNS);
  for (const b of scope.branches) {
    for (let month = monthOf(scope.from); month <= monthOf(scope.to); month = nextMonth(month)) {
      const byDay = new Map<string, FigureAcc>();
      const first = `${month}-01` < scope.from ? scope.from : `${month}-01`;
      for (const r of rr.officeDays(b.id, first, `${month}-31` > scope.to ? scope.to : `${month}-31`)) {
        let a = byDay.get(r.period);
        if (!a) byDay.set(r.period, (a = new FigureAcc()));
        a.add(r);
      }
      let chunk = '';
      for (const day of [...byDay.keys()].sort()) {
        const f = byDay.get(day)!.figures();
        const start = dayStartUtc(day, b.timeZone);
        const end = Math.min(dayStartUtc(addDays(day, 1), b.timeZone), scope.nowMs);
        const alertMs = alertIntervals(rr, b.id, start, end, scope.nowMs).reduce((s, [a, z]) => s + Math.max(0, Math.min(end, z) - Math.max(start, a)), 0);
        const r2 = (v: number | null) => (v === null ? null : Math.round(v * 10000) / 10000);
        chunk += line([
          b.id, b.name, day, f.tickets, f.visitors, f.served, f.noShow, f.cancelled, f.closed, f.transferred, f.postponed, f.priority,
          f.wait.count, f.wait.meanMinutes, f.wait.medianMinutes, f.wait.p90Minutes, r2(f.wait.withinTargetShare), b.targetWaitMinutes,
          f.service.count, f.service.meanMinutes, f.satisfaction.rated, f.satisfaction.satisfied, r2(f.satisfaction.share), Math.round(alertMs / 600) / 100,
        ]);
      }
      if (chunk) yield chunk;
      await yieldLoop();
    }
  }
}
