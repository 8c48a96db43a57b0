// Visitor rating of a served ticket («задоволений / незадоволений»): settings per branch, the
// rating body, answers, summaries and the two live feeds (the ticket page, the window display).
// Deviations from the shared spec (kept minimal):
// - a value of either scale is accepted whatever the branch's scale is now (an admin may switch
//   the scale while a ticket page is open); `satisfied` is derived from the value.
// - `satisfiedShare` and group `share` are fractions 0…1, null when there are no ratings;
//   NPS `score` is rounded to a whole number (−100…100).
// - GET /api/public/tickets/:code also carries `rating` (same shape as in `ticket:update`).
// - GET rating-settings is also open to rating terminals and displays of the branch (they draw
//   the buttons from it); summaries also carry the `from`/`to` days they cover.
// - no PATCH: the first rating is final (comments and reasons go with it).
// - rating terminals may also use the window display socket (`auth: { token, windowId }`).
import { z } from 'zod';
import type { LocalizedName } from './domain';
import type { PublicTicketView } from './live';
import { Id, safeMultiline } from './schemas';
import type { ContractRows } from './contract';

export const RATING_SCALES = ['binary', 'four'] as const;
export type RatingScale = (typeof RATING_SCALES)[number];

export const BINARY_RATING_VALUES = ['satisfied', 'dissatisfied'] as const;
/** чудово / добре / прийнятно / жахливо */
export const FOUR_RATING_VALUES = ['excellent', 'good', 'acceptable', 'bad'] as const;
export const RATING_VALUES = [...BINARY_RATING_VALUES, ...FOUR_RATING_VALUES] as const;
export type RatingValue = (typeof RATING_VALUES)[number];
/** the values that count as «задоволений» in every figure */
export const SATISFIED_VALUES: readonly RatingValue[] = ['satisfied', 'excellent', 'good'];
export const isSatisfiedValue = (v: RatingValue): boolean => SATISFIED_VALUES.includes(v);
export const ratingValuesOf = (scale: RatingScale): readonly RatingValue[] => (scale === 'binary' ? BINARY_RATING_VALUES : FOUR_RATING_VALUES);

/** reason chips: wait_long довго чекав, rude неввічливо, not_solved питання не вирішено, unclear незрозуміло пояснили, fast швидко, polite ввічливо, helpful допомогли */
export const RATING_REASONS = ['wait_long', 'rude', 'not_solved', 'unclear', 'fast', 'polite', 'helpful'] as const;
export type RatingReason = (typeof RATING_REASONS)[number];
export const MAX_RATING_REASONS = 5;
export const MAX_RATING_COMMENT = 500;

/** web: the phone ticket page; terminal: rating terminal with a scanner; terminal_window: rating terminal bound to a window; window_display: small screen at a window */
export const RATING_CHANNELS = ['web', 'terminal', 'terminal_window', 'window_display'] as const;
export type RatingChannel = (typeof RATING_CHANNELS)[number];

/** how long after «Завершити» a window's terminal or display may rate the ticket just served */
export const WINDOW_RATING_MINUTES = 5;

export interface RatingSettings {
  scale: RatingScale;
  /** also ask «Чи порадили б ви…» 0–10 (NPS) */
  askRecommend: boolean;
  /** minutes after the end of service during which a rating is taken; null = until the end of the branch's service day */
  windowMinutes: number | null;
  /** offer reason chips */
  reasons: boolean;
}

export const DEFAULT_RATING_SETTINGS: RatingSettings = { scale: 'binary', askRecommend: false, windowMinutes: null, reasons: true };

/** PUT /api/branches/:branchId/rating-settings — a field left out takes its default */
export const RatingSettingsSchema = z
  .object({
    scale: z.enum(RATING_SCALES, { error: 'Шкала: binary або four' }).default(DEFAULT_RATING_SETTINGS.scale),
    askRecommend: z.boolean().default(DEFAULT_RATING_SETTINGS.askRecommend),
    windowMinutes: z.number().int('Хвилини — ціле число').min(1, 'Щонайменше 1 хвилина').max(1440, 'Не більше 1440 хвилин (доба)').nullable().default(DEFAULT_RATING_SETTINGS.windowMinutes),
    reasons: z.boolean().default(DEFAULT_RATING_SETTINGS.reasons),
  })
  .strict();

const ratingFields = {
  value: z.enum(RATING_VALUES, { error: 'Оцінка: ' + RATING_VALUES.join(', ') }),
  recommend: z.number().int('Від 0 до 10').min(0, 'Від 0 до 10').max(10, 'Від 0 до 10').optional(),
  reasons: z
    .array(z.enum(RATING_REASONS, { error: 'Невідома причина' }))
    .max(MAX_RATING_REASONS, `Не більше ${MAX_RATING_REASONS} причин`)
    .refine((r) => new Set(r).size === r.length, 'Причина вказана двічі')
    .optional(),
  /** may hold line breaks; other control and text-direction characters are refused */
  comment: safeMultiline().trim().max(MAX_RATING_COMMENT, `Коментар — не довше ${MAX_RATING_COMMENT} символів`).optional(),
};

export const RateBody = z.object(ratingFields).strict();
export type RateInput = z.infer<typeof RateBody>;

/**
 * PATCH /api/public/tickets/:code/rating — what a visitor adds after the first tap: the rating
 * itself is saved at once (a visitor who walks away after «Задоволений» still counts), the
 * reasons, the 0–10 answer and a comment follow, once, within the rating time.
 */
export const RatingDetailsBody = z
  .object({ recommend: ratingFields.recommend, reasons: ratingFields.reasons, comment: ratingFields.comment })
  .strict()
  .refine((b) => b.recommend !== undefined || (b.reasons?.length ?? 0) > 0 || (b.comment?.trim() ?? '') !== '', { message: 'Немає що додати' });
export type RatingDetailsInput = z.infer<typeof RatingDetailsBody>;
/** 200: added; or the details were given already (the first answer stays) */
export interface RatingDetailsResponse {
  status: 'saved' | 'already_given';
}

/** the scanned text: a full …/t/<code> address (or …?ticket=<code>) or the bare public code */
const scannedCode = z.string().min(1, 'Порожній код').max(2000, 'Задовгий код');
/** POST /api/rating/scan */
export const RatingScanBody = z.object({ code: scannedCode, ...ratingFields }).strict();
export type RatingScanInput = z.infer<typeof RatingScanBody>;
/** POST /api/rating/lookup */
export const RatingLookupBody = z.object({ code: scannedCode }).strict();

/**
 * The public code out of what a scanner read: `https://host/t/<code>`, `/kiosk/?ticket=<code>`
 * or the code itself. null when nothing code-like is there (the server then answers 404).
 */
export function extractPublicCode(scanned: string): string | null {
  const s = scanned.trim();
  const m = /\/t\/([A-Za-z0-9_-]{8,64})\/?(?:[?#].*)?$/.exec(s) ?? /[?&]ticket=([A-Za-z0-9_-]{8,64})(?:[&#].*)?$/.exec(s) ?? /^([A-Za-z0-9_-]{8,64})$/.exec(s);
  return m ? m[1]! : null;
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Дата у форматі РРРР-ММ-ДД');
/** ?from=YYYY-MM-DD&to=YYYY-MM-DD, both service days in the branch's zone, inclusive; default today */
export const RatingSummaryQuery = z
  .object({ from: isoDate.optional(), to: isoDate.optional() })
  .strict()
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, { message: 'Початок періоду має бути не пізніше кінця' });

/** socket handshake of the phone ticket page: no token, only the ticket's public code */
export const TicketSocketAuth = z.object({ ticket: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/) }).strict();
/** socket handshake of a display device shown at one window */
export const WindowDisplaySocketAuth = z.object({ token: z.string().min(1).max(200), windowId: Id }).strict();

// ---- answers ----

/** 201 { status: 'saved' } or 200 { status: 'already_rated' } (the first rating wins) */
export interface RateResponse {
  status: 'saved' | 'already_rated';
}

/** POST /api/rating/lookup: the terminal shows the number before the buttons */
export interface RatingLookupResponse {
  number: string;
  serviceName: LocalizedName;
  canRate: boolean;
  alreadyRated: boolean;
  /** the branch's scale: the terminal shows two or four answers */
  scale: RatingScale;
}

/** GET /api/windows/:windowId/rating-target */
export interface RatingTargetResponse {
  ticket: { number: string; finishedAt: string } | null;
  /** the branch's scale: two or four answers */
  scale: RatingScale;
}

/** what the ticket page needs to show (or hide) the rating buttons */
export interface TicketRatingState {
  /** a rating would be accepted now */
  allowed: boolean;
  /** this ticket has been rated */
  given: boolean;
  scale: RatingScale;
  askRecommend: boolean;
  /** offer reason chips */
  reasons: boolean;
}

/** `ticket:update` payload (and the answer of GET /api/public/tickets/:code) */
export interface PublicTicketLiveView extends PublicTicketView {
  rating: TicketRatingState;
}

export type WindowDisplayState = 'free' | 'paused' | 'closed' | 'called' | 'serving';

/** `window:update` payload to a display shown at one window */
export interface WindowDisplayUpdate {
  windowId: number;
  label: string;
  state: WindowDisplayState;
  ticketNumber: string | null;
  /** the ticket just finished here, open for rating until `until` (5 minutes) or until rated */
  rateTicket: { number: string; until: string } | null;
  /** the branch's scale: two or four answers */
  scale: RatingScale;
}

/** events of the two rating feeds (sent on the same socket.io server) */
export interface RatingServerToClientEvents {
  'ticket:update': (view: PublicTicketLiveView) => void;
  'window:update': (update: WindowDisplayUpdate) => void;
}

export interface RatingGroupFigures {
  total: number;
  satisfied: number;
  dissatisfied: number;
  /** satisfied / total, 0…1; null when total is 0 */
  share: number | null;
}

export interface RatingNps {
  /** 9–10 */
  promoters: number;
  /** 7–8 */
  passives: number;
  /** 0–6 */
  detractors: number;
  /** round(100 × (promoters − detractors) / answers) */
  score: number;
}

export interface RatingCommentView {
  ticketNumber: string;
  serviceName: LocalizedName;
  windowLabel: string | null;
  operatorName: string | null;
  value: RatingValue;
  reasons: RatingReason[];
  comment: string | null;
  createdAt: string;
}

/** GET /api/branches/:branchId/ratings/summary and GET /api/me/ratings (own rows only) */
export interface RatingSummary {
  from: string;
  to: string;
  total: number;
  satisfied: number;
  dissatisfied: number;
  /** 0…1; null when there are no ratings */
  satisfiedShare: number | null;
  /** count per value (every value present, 0 when none) */
  byScale: Record<RatingValue, number>;
  /** null when nobody answered the 0–10 question */
  nps: RatingNps | null;
  byOperator: Array<{ operatorId: number | null; name: string | null } & RatingGroupFigures>;
  byWindow: Array<{ windowId: number | null; label: string | null } & RatingGroupFigures>;
  byService: Array<{ serviceId: number; name: LocalizedName } & RatingGroupFigures>;
  byChannel: Array<{ channel: RatingChannel } & RatingGroupFigures>;
  /** ratings with a comment or reasons, latest first, at most 200 */
  comments: RatingCommentView[];
}

/** this module's rows of the route table's schema half (contract.ts) */
export const RATING_CONTRACT = {
} as const satisfies ContractRows;
