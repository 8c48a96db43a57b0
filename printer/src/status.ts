// Real-time status (DLE EOT n). These are answered by the printer even while it is stopped
// (paper out, cover open), unlike GS r / ESC v, which queue behind the job and may never
// answer. One reply byte each; bits 1 and 4 are always 1, bits 0 and 7 always 0.
import { BLOCKING_PRINTER_STATES, type PrinterState } from '@cherha/contracts';

export const DLE_EOT = {
  printer: Buffer.from([0x10, 0x04, 0x01]),
  offlineCause: Buffer.from([0x10, 0x04, 0x02]),
  paperSensor: Buffer.from([0x10, 0x04, 0x04]),
} as const;

/** States in which a ticket must not be sent at all (one list, in contracts, for the server and the screens). */
export const BLOCKING_STATES: readonly PrinterState[] = BLOCKING_PRINTER_STATES;

export function isStatusByte(b: number): boolean {
  return (b & 0x93) === 0x12;
}

export interface StatusReplies {
  /** DLE EOT 1 reply, null = no answer within the timeout */
  printer: number | null;
  offlineCause: number | null;
  paperSensor: number | null;
}

/** Combine the three replies into one state; the most severe condition wins. */
export function decodeStatus(r: StatusReplies): { state: PrinterState; detail: string } {
  if (r.printer === null) return { state: 'no_answer', detail: 'no reply to DLE EOT 1' };
  const valid = (b: number | null): b is number => b !== null && isStatusByte(b);
  if (!isStatusByte(r.printer)) return { state: 'unknown', detail: `unexpected reply 0x${r.printer.toString(16)} to DLE EOT 1` };
  const offline = (r.printer & 0x08) !== 0;
  const cause = valid(r.offlineCause) ? r.offlineCause : null;
  const paper = valid(r.paperSensor) ? r.paperSensor : null;
  if ((paper !== null && (paper & 0x60) !== 0) || (cause !== null && (cause & 0x20) !== 0)) return { state: 'paper_out', detail: 'paper end' };
  if (cause !== null && (cause & 0x04) !== 0) return { state: 'cover_open', detail: 'cover open' };
  if (cause !== null && (cause & 0x40) !== 0) return { state: 'error', detail: 'printer error (cutter, head temperature or mechanism)' };
  if (offline) return { state: 'error', detail: 'printer offline' };
  if (paper !== null && (paper & 0x0c) !== 0) return { state: 'paper_near_end', detail: 'paper near end' };
  return { state: 'online', detail: 'online' };
}
