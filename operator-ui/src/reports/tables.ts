// The report's tables as plain data: the screen renders them, and the same cells go to CSV and
// XLSX, so a downloaded file always holds exactly the figures on the screen.
import type { Report, ReportFigures } from '@cherha/contracts';
import type { TFunction } from 'i18next';

export type Cell = string | number | null;
export interface ReportTableData {
  id: string;
  title: string;
  columns: string[];
  rows: Cell[][];
}

const pct = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);

export function figureColumns(t: TFunction): string[] {
  return [
    t('rep.tickets'), t('rep.visitors'), t('rep.served'), t('rep.waitMean'), t('rep.waitMedian'), t('rep.waitP90'), t('rep.withinTargetShort'),
    t('rep.serviceMean'), t('rep.noShowRate'), t('rep.transferRate'), t('rep.postponeRate'), t('rep.cancelRate'), t('rep.priority'), t('rep.rated'), t('rep.satisfaction'),
  ];
}

export function figureCells(f: ReportFigures): Cell[] {
  return [
    f.tickets, f.visitors, f.served, f.wait.meanMinutes, f.wait.medianMinutes, f.wait.p90Minutes, pct(f.wait.withinTargetShare), f.service.meanMinutes,
    pct(f.noShowRate), pct(f.transferRate), pct(f.postponeRate), pct(f.cancelRate), f.priority, f.satisfaction.rated, pct(f.satisfaction.share),
  ];
}

export function reportTables(r: Report, t: TFunction, network: boolean, formatTime: (iso: string) => string): ReportTableData[] {
  const fc = figureColumns(t);
  const tables: ReportTableData[] = [
    { id: 'series', title: t('rep.tableSeries'), columns: [t('rep.colPeriod'), ...fc], rows: r.series.map((p) => [p.period, ...figureCells(p)]) },
  ];
  if (network) tables.push({ id: 'branches', title: t('rep.tableBranches'), columns: [t('rep.colBranch'), ...fc], rows: r.byBranch.map((b) => [b.name, ...figureCells(b.figures)]) });
  tables.push(
    { id: 'services', title: t('rep.tableServices'), columns: [t('rep.colName'), ...fc], rows: r.byService.map((s) => [s.name, ...figureCells(s.figures)]) },
    { id: 'windows', title: t('rep.tableWindows'), columns: [t('rep.window'), ...fc], rows: r.byWindow.map((w) => [w.name, ...figureCells(w.figures)]) },
    {
      id: 'workload', title: t('rep.tableWorkload'),
      columns: [t('rep.colOperator'), t('rep.colShift'), t('rep.colServing'), t('rep.colPaused'), t('rep.colIdle'), t('rep.colAlert'), t('rep.served'), t('rep.colPerHour'), t('rep.serviceMean')],
      rows: r.workload.map((w) => [w.operatorName, w.shiftMinutes, pct(w.servingShare), pct(w.pausedShare), pct(w.idleShare), w.alertMinutes, w.served, w.visitorsPerHour, w.serviceMeanMinutes]),
    },
    {
      id: 'heatmap', title: t('rep.tableHeatmap'), columns: [t('rep.colWeekday'), ...Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0'))],
      rows: t('rep.weekdays').split(',').map((d, i) => [d, ...(r.heatmap[i] ?? [])]),
    },
    {
      id: 'alerts', title: t('rep.tableAlerts'), columns: [t('rep.colBranch'), t('rep.colStart'), t('rep.colEnd'), t('rep.colMinutes')],
      rows: r.alerts.map((a) => [r.byBranch.find((b) => b.id === a.branchId)?.name ?? String(a.branchId), formatTime(a.startedAt), a.endedAt ? formatTime(a.endedAt) : t('rep.stillOn'), a.minutes]),
    },
  );
  return tables;
}
