// Visitor ratings and the rating settings of each branch (migration 004).
import { DEFAULT_RATING_SETTINGS, type RatingChannel, type RatingReason, type RatingSettings, type RatingValue, type Ticket } from '@cherha/contracts';
import type { Db } from './open';
import { toTicket, type TicketRow } from './rows';

export interface NewRating {
  ticketId: number;
  branchId: number;
  serviceId: number;
  windowId: number | null;
  operatorId: number | null;
  serviceDay: string;
  channel: RatingChannel;
  deviceId: number | null;
  value: RatingValue;
  satisfied: boolean;
  recommend: number | null;
  reasons: RatingReason[];
  comment: string | null;
  createdAt: string;
  clientHash: string | null;
}

/** A rating with the names a summary shows (joined once, in SQL). */
export type RatingReportRow = Pick<NewRating, 'serviceId' | 'windowId' | 'operatorId' | 'channel' | 'value' | 'satisfied' | 'recommend' | 'reasons' | 'comment' | 'createdAt'> & {
  ticketNumber: string;
  serviceNameUk: string;
  serviceNameEn: string;
  windowLabel: string | null;
  operatorName: string | null;
};

interface SettingsRow { scale: RatingSettings['scale']; ask_recommend: number; window_minutes: number | null; reasons: number }
interface ReportRow {
  ticket_number: string; service_id: number; name_uk: string; name_en: string; window_id: number | null; label: string | null;
  operator_id: number | null; operator_name: string | null; channel: RatingChannel; value: RatingValue; satisfied: number;
  recommend: number | null; reasons: string; comment: string | null; created_at: string;
}

const REPORT = `SELECT t.number AS ticket_number, r.service_id, s.name_uk, s.name_en, r.window_id, w.label, r.operator_id, u.name AS operator_name,
    r.channel, r.value, r.satisfied, r.recommend, r.reasons, r.comment, r.created_at
  FROM ratings r JOIN tickets t ON t.id = r.ticket_id JOIN services s ON s.id = r.service_id
  LEFT JOIN windows w ON w.id = r.window_id LEFT JOIN users u ON u.id = r.operator_id`;

export function ratingRepo(db: Db) {
  const s = {
    settings: db.prepare<[number], SettingsRow>('SELECT scale, ask_recommend, window_minutes, reasons FROM branch_rating_settings WHERE branch_id = ?'),
    saveSettings: db.prepare(
      `INSERT INTO branch_rating_settings (branch_id, scale, ask_recommend, window_minutes, reasons) VALUES (@branchId, @scale, @askRecommend, @windowMinutes, @reasons)
       ON CONFLICT (branch_id) DO UPDATE SET scale = excluded.scale, ask_recommend = excluded.ask_recommend,
         window_minutes = excluded.window_minutes, reasons = excluded.reasons`,
    ),
    // the first rating wins: a second insert for the ticket changes nothing
    insert: db.prepare(
      `INSERT INTO ratings (ticket_id, branch_id, service_id, window_id, operator_id, service_day, channel, device_id, value, satisfied,
         recommend, reasons, comment, created_at, client_hash)
       VALUES (@ticketId, @branchId, @serviceId, @windowId, @operatorId, @serviceDay, @channel, @deviceId, @value, @satisfied,
         @recommend, @reasons, @comment, @createdAt, @clientHash)
       ON CONFLICT (ticket_id) DO NOTHING`,
    ),
    rated: db.prepare<[number], { n: number }>('SELECT count(*) AS n FROM ratings WHERE ticket_id = ?'),
    // details once, to a rating given on the ticket's own page; the first answer stays
    addDetails: db.prepare(
      `UPDATE ratings SET recommend = @recommend, reasons = @reasons, comment = @comment
       WHERE ticket_id = @ticketId AND channel = 'web' AND recommend IS NULL AND reasons = '[]' AND comment IS NULL`,
    ),
    lastFinished: db.prepare<[number], TicketRow>(
      `SELECT * FROM tickets INDEXED BY tickets_window_finished WHERE window_id = ? AND status = 'done' ORDER BY finished_at DESC, id DESC LIMIT 1`,
    ),
    branchReport: db.prepare<[number, string, string], ReportRow>(`${REPORT} WHERE r.branch_id = ? AND r.service_day BETWEEN ? AND ? ORDER BY r.created_at DESC, r.id DESC`),
    operatorReport: db.prepare<[number, string, string], ReportRow>(`${REPORT} WHERE r.operator_id = ? AND r.service_day BETWEEN ? AND ? ORDER BY r.created_at DESC, r.id DESC`),
  };
  const toReport = (r: ReportRow): RatingReportRow => ({
    ticketNumber: r.ticket_number, serviceId: r.service_id, serviceNameUk: r.name_uk, serviceNameEn: r.name_en, windowId: r.window_id,
    windowLabel: r.label, operatorId: r.operator_id, operatorName: r.operator_name, channel: r.channel, value: r.value,
    satisfied: r.satisfied === 1, recommend: r.recommend, reasons: JSON.parse(r.reasons) as RatingReason[], comment: r.comment, createdAt: r.created_at,
  });

  return {
    settings: (branchId: number): RatingSettings => {
      const r = s.settings.get(branchId);
      return r ? { scale: r.scale, askRecommend: r.ask_recommend === 1, windowMinutes: r.window_minutes, reasons: r.reasons === 1 } : { ...DEFAULT_RATING_SETTINGS };
    },
    saveSettings: (branchId: number, v: RatingSettings) =>
      void s.saveSettings.run({ branchId, scale: v.scale, askRecommend: v.askRecommend ? 1 : 0, windowMinutes: v.windowMinutes, reasons: v.reasons ? 1 : 0 }),
    /** true when added; false when the rating is not a web one or its details were given already */
    addDetails: (ticketId: number, d: { recommend: number | null; reasons: RatingReason[]; comment: string | null }): boolean =>
      s.addDetails.run({ ticketId, recommend: d.recommend, reasons: JSON.stringify(d.reasons), comment: d.comment }).changes === 1,
    /** true when saved; false when the ticket already had a rating (nothing changed) */
    insert: (r: NewRating): boolean =>
      s.insert.run({ ...r, satisfied: r.satisfied ? 1 : 0, reasons: JSON.stringify(r.reasons) }).changes === 1,
    isRated: (ticketId: number): boolean => s.rated.get(ticketId)!.n > 0,
    /** the ticket most recently finished at a window */
    lastFinishedAt: (windowId: number): Ticket | undefined => {
      const r = s.lastFinished.get(windowId);
      return r ? toTicket(r) : undefined;
    },
    /** ratings of a branch, service days from…to inclusive, latest first */
    branchReport: (branchId: number, from: string, to: string): RatingReportRow[] => s.branchReport.all(branchId, from, to).map(toReport),
    /** ratings of one operator's services, latest first */
    operatorReport: (operatorId: number, from: string, to: string): RatingReportRow[] => s.operatorReport.all(operatorId, from, to).map(toReport),
  };
}
export type RatingRepo = ReturnType<typeof ratingRepo>;
