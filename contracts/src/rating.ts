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
import { LocalizedNameView } from './domain';
import { PublicTicketViewSchema } from './live';
import { BranchParams, Id, PublicCodeParams, safeMultiline, WindowParams } from './schemas';
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

/** a branch's rating settings as the server answers them (every field present) */
export const RatingSettingsViewSchema = z.object({
  scale: z.enum(RATING_SCALES),
  /** also ask «Чи порадили б ви…» 0–10 (NPS) */
  askRecommend: z.boolean(),
  /** minutes after the end of service during which a rating is taken; null = until the end of the branch's service day */
  windowMinutes: z.number().int().nullable(),
  /** offer reason chips */
  reasons: z.boolean(),
});
export type RatingSettings = z.infer<typeof RatingSettingsViewSchema>;

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
export const RatingDetailsResponseSchema = z.object({ status: z.enum(['saved', 'already_given']) });
export type RatingDetailsResponse = z.infer<typeof RatingDetailsResponseSchema>;

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
export const RateResponseSchema = z.object({ status: z.enum(['saved', 'already_rated']) });
export type RateResponse = z.infer<typeof RateResponseSchema>;

/** POST /api/rating/lookup: the terminal shows the number before the buttons */
export const RatingLookupResponseSchema = z.object({
  number: z.string(),
  serviceName: LocalizedNameView,
  canRate: z.boolean(),
  alreadyRated: z.boolean(),
  /** the branch's scale: the terminal shows two or four answers */
  scale: z.enum(RATING_SCALES),
});
export type RatingLookupResponse = z.infer<typeof RatingLookupResponseSchema>;

/** GET /api/windows/:windowId/rating-target */
export const RatingTargetResponseSchema = z.object({
  ticket: z.object({ number: z.string(), finishedAt: z.string() }).nullable(),
  /** the branch's scale: two or four answers */
  scale: z.enum(RATING_SCALES),
});
export type RatingTargetResponse = z.infer<typeof RatingTargetResponseSchema>;

/** what the ticket page needs to show (or hide) the rating buttons */
export const TicketRatingStateSchema = z.object({
  /** a rating would be accepted now */
  allowed: z.boolean(),
  /** this ticket has been rated */
  given: z.boolean(),
  scale: z.enum(RATING_SCALES),
  askRecommend: z.boolean(),
  /** offer reason chips */
  reasons: z.boolean(),
});
export type TicketRatingState = z.infer<typeof TicketRatingStateSchema>;

/** `ticket:update` payload (and the answer of GET /api/public/tickets/:code) */
export const PublicTicketLiveViewSchema = PublicTicketViewSchema.extend({ rating: TicketRatingStateSchema });
export type PublicTicketLiveView = z.infer<typeof PublicTicketLiveViewSchema>;

export const WINDOW_DISPLAY_STATES = ['free', 'paused', 'closed', 'called', 'serving'] as const;
export type WindowDisplayState = (typeof WINDOW_DISPLAY_STATES)[number];

/** `window:update` payload to a display shown at one window */
export const WindowDisplayUpdateSchema = z.object({
  windowId: z.number().int(),
  label: z.string(),
  state: z.enum(WINDOW_DISPLAY_STATES),
  ticketNumber: z.string().nullable(),
  /** the ticket just finished here, open for rating until `until` (5 minutes) or until rated */
  rateTicket: z.object({ number: z.string(), until: z.string() }).nullable(),
  /** the branch's scale: two or four answers */
  scale: z.enum(RATING_SCALES),
});
export type WindowDisplayUpdate = z.infer<typeof WindowDisplayUpdateSchema>;

/** events of the two rating feeds (sent on the same socket.io server) */
export interface RatingServerToClientEvents {
  'ticket:update': (view: PublicTicketLiveView) => void;
  'window:update': (update: WindowDisplayUpdate) => void;
}

export const RatingGroupFiguresSchema = z.object({
  total: z.number().int(),
  satisfied: z.number().int(),
  dissatisfied: z.number().int(),
  /** satisfied / total, 0…1; null when total is 0 */
  share: z.number().nullable(),
});
export type RatingGroupFigures = z.infer<typeof RatingGroupFiguresSchema>;

export const RatingNpsSchema = z.object({
  /** 9–10 */
  promoters: z.number().int(),
  /** 7–8 */
  passives: z.number().int(),
  /** 0–6 */
  detractors: z.number().int(),
  /** round(100 × (promoters − detractors) / answers) */
  score: z.number().int(),
});
export type RatingNps = z.infer<typeof RatingNpsSchema>;

export const RatingCommentViewSchema = z.object({
  ticketNumber: z.string(),
  serviceName: LocalizedNameView,
  windowLabel: z.string().nullable(),
  operatorName: z.string().nullable(),
  value: z.enum(RATING_VALUES),
  reasons: z.array(z.enum(RATING_REASONS)),
  comment: z.string().nullable(),
  createdAt: z.string(),
});
export type RatingCommentView = z.infer<typeof RatingCommentViewSchema>;

/** GET /api/branches/:branchId/ratings/summary and GET /api/me/ratings (own rows only) */
export const RatingSummarySchema = z.object({
  from: z.string(),
  to: z.string(),
  total: z.number().int(),
  satisfied: z.number().int(),
  dissatisfied: z.number().int(),
  /** 0…1; null when there are no ratings */
  satisfiedShare: z.number().nullable(),
  /** count per value (every value present, 0 when none) */
  byScale: z.record(z.enum(RATING_VALUES), z.number().int()),
  /** null when nobody answered the 0–10 question */
  nps: RatingNpsSchema.nullable(),
  byOperator: z.array(RatingGroupFiguresSchema.extend({ operatorId: z.number().int().nullable(), name: z.string().nullable() })),
  byWindow: z.array(RatingGroupFiguresSchema.extend({ windowId: z.number().int().nullable(), label: z.string().nullable() })),
  byService: z.array(RatingGroupFiguresSchema.extend({ serviceId: z.number().int(), name: LocalizedNameView })),
  byChannel: z.array(RatingGroupFiguresSchema.extend({ channel: z.enum(RATING_CHANNELS) })),
  /** ratings with a comment or reasons, latest first, at most 200 */
  comments: z.array(RatingCommentViewSchema),
});
export type RatingSummary = z.infer<typeof RatingSummarySchema>;

/** any code shape reaches the service, which answers one 404 for all that are not tickets */
const RatingCodeParams = z.object({ code: z.string().max(200) }).strict();

/** this module's rows of the route table's schema half (contract.ts) */
export const RATING_CONTRACT = {
  getRatingSettings: { summary: 'Налаштування оцінювання офісу', params: BranchParams, response: RatingSettingsViewSchema },
  updateRatingSettings: { summary: 'Змінити налаштування оцінювання (адміністратор)', params: BranchParams, body: RatingSettingsSchema, response: RatingSettingsViewSchema },
  rateTicket: { summary: 'Оцінити обслуговування зі сторінки талону', params: RatingCodeParams, body: RateBody, response: RateResponseSchema },
  addRatingDetails: {
    summary: 'Додати причини, відповідь 0–10 і коментар до оцінки зі сторінки талону', params: RatingCodeParams, body: RatingDetailsBody, response: RatingDetailsResponseSchema,
  },
  scanRating: { summary: 'Оцінка з термінала: відсканований QR-код талону і оцінка', body: RatingScanBody, response: RateResponseSchema },
  lookupRating: { summary: 'Термінал: номер талону за відсканованим кодом, чи можна оцінити', body: RatingLookupBody, response: RatingLookupResponseSchema },
  rateAtWindow: { summary: 'Оцінка біля вікна: талон, щойно обслугований цим вікном', params: WindowParams, body: RateBody, response: RateResponseSchema },
  getRatingTarget: { summary: 'Який талон можна оцінити біля цього вікна зараз', params: WindowParams, response: RatingTargetResponseSchema },
  getRatingSummary: { summary: 'Підсумки оцінок офісу за період', params: BranchParams, query: RatingSummaryQuery, response: RatingSummarySchema },
  getMyRatings: { summary: 'Мої оцінки за період (лише власні)', query: RatingSummaryQuery, response: RatingSummarySchema },
  // the public ticket page lives in public-routes.ts, but its answer is this module's live view
  getPublicTicket: { summary: 'Сторінка талону за QR-кодом', params: PublicCodeParams, response: PublicTicketLiveViewSchema },
} as const satisfies ContractRows;
