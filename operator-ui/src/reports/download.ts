// CSV and XLSX of the report's tables, made in the browser from the cells on the screen.
// XLSX by write-excel-file (MIT; its "universal" build needs no Web Worker, which the
// server's Content-Security-Policy would refuse).
import writeExcelFile from 'write-excel-file/universal';
import type { Cell, ReportTableData } from './tables';

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const csvCell = (v: Cell) => {
  if (v === null) return '';
  const s = String(v);
  return /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function downloadCsv(table: ReportTableData, name: string): void {
  const text = [table.columns, ...table.rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
  // the BOM lets Excel open Ukrainian text as UTF-8
  save(new Blob(['\ufeff', text], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
}

const sheetName = (title: string) => title.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31);

function sheetData(table: ReportTableData) {
  return [
    table.columns.map((value) => ({ value, fontWeight: 'bold' as const })),
    ...table.rows.map((row) => row.map((value) => (value === null ? null : typeof value === 'number' ? { value, type: Number } : { value, type: String }))),
  ];
}

/** one table, or every table as sheets of one workbook */
export async function downloadXlsx(tables: readonly ReportTableData[], name: string): Promise<void> {
  const blob = await writeExcelFile(tables.map((tb) => ({ data: sheetData(tb), sheet: sheetName(tb.title) }))).toBlob();
  save(blob, `${name}.xlsx`);
}
