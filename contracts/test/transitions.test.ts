// The transition table with a branch's workplace policy: finishing a called ticket is allowed
// only when the branch says so; nothing else widens, and the strict table stays as it was.
import { describe, expect, it } from 'vitest';
import { ACTIONS_BY_STATUS, actionsFor, refusedByPolicy, STRICT_POLICY, ticketAllows, TICKET_STATUSES } from '../src';

const TWO_CLICKS = { finishWithoutStart: true };

describe('transitions under a workplace policy', () => {
  it('finish from «called» only where the branch allows it', () => {
    expect(ticketAllows('finish', 'called')).toBe(false);
    expect(ticketAllows('finish', 'called', STRICT_POLICY)).toBe(false);
    expect(ticketAllows('finish', 'called', TWO_CLICKS)).toBe(true);
    expect(ticketAllows('finish', 'serving', TWO_CLICKS)).toBe(true);
    expect(ticketAllows('finish', 'waiting', TWO_CLICKS)).toBe(false);
    expect(ticketAllows('finish', undefined, TWO_CLICKS)).toBe(false);
  });

  it('says when a refusal is the policy, not the state', () => {
    expect(refusedByPolicy('finish', 'called')).toBe('finishWithoutStart');
    expect(refusedByPolicy('finish', 'waiting')).toBeNull();
    expect(refusedByPolicy('start', 'waiting')).toBeNull();
  });

  it('the policy adds exactly one action to one state', () => {
    for (const status of TICKET_STATUSES) {
      const strict = actionsFor(status);
      expect(strict).toEqual(ACTIONS_BY_STATUS[status]);
      const widened = actionsFor(status, TWO_CLICKS);
      expect(widened.filter((a) => !strict.includes(a))).toEqual(status === 'called' ? ['finish'] : []);
      expect(strict.every((a) => widened.includes(a))).toBe(true);
    }
    expect(ACTIONS_BY_STATUS.called).toEqual(['recall', 'start', 'noShow', 'transfer', 'postpone', 'cancel']);
  });
});
