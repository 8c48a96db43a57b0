// Rating vocabulary of the ticket page. Types come from the contracts; the few runtime
// constants are repeated here on purpose: importing any value from @cherha/contracts would pull
// zod into this phone bundle (its schemas are built at module load, so they cannot be dropped).
import type { PublicTicketLiveView, RatingReason, RatingScale, RatingValue } from '@cherha/contracts';

export type { RateInput, RatingDetailsInput, RatingReason, RatingValue } from '@cherha/contracts';

/** the live view; `rating` may be missing from an older server, and the estimate is optional */
export type TicketView = Omit<PublicTicketLiveView, 'rating'> & Partial<Pick<PublicTicketLiveView, 'rating'>>;

export const VALUES: Record<RatingScale, readonly RatingValue[]> = {
  binary: ['satisfied', 'dissatisfied'],
  four: ['excellent', 'good', 'acceptable', 'bad'],
};

export const isSatisfied = (v: RatingValue): boolean => v === 'satisfied' || v === 'excellent' || v === 'good';

/** the chips that fit the answer: what went wrong for an unhappy visitor, what went well otherwise */
export const REASONS_BAD: readonly RatingReason[] = ['wait_long', 'rude', 'not_solved', 'unclear'];
export const REASONS_GOOD: readonly RatingReason[] = ['fast', 'polite', 'helpful'];
export const MAX_REASONS = 5;
export const MAX_COMMENT = 500;
