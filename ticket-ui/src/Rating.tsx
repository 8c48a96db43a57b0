// After the service: the answer (two big buttons, or four levels), saved at once — a visitor who
// taps «Задоволений» and walks away still counts — then, when the branch asks for them, the 0–10
// question, reason chips and a comment (added to that rating), then «Дякуємо!».
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiRequestError } from '@cherha/ui-kit/api';
import { api, apiCall } from '@cherha/ui-kit/client';
import type { T } from './i18n';
import { isSatisfied, MAX_COMMENT, MAX_REASONS, REASONS_BAD, REASONS_GOOD, VALUES, type RateInput, type RatingDetailsInput, type RatingReason, type RatingValue, type TicketView } from './types';

/** the page is anonymous: no cookie goes with its requests */
const PUBLIC = { credentials: 'omit' } as const;

type Step = { kind: 'choose' } | { kind: 'details'; value: RatingValue } | { kind: 'done'; already: boolean };

export function Rating({ code, view, t }: { code: string; view: TicketView; t: T }) {
  const rating = view.rating;
  const scale = rating?.scale ?? 'binary';
  const wantsDetails = !!rating && (rating.reasons || rating.askRecommend);
  const [step, setStep] = useState<Step>(() => (rating?.given ? { kind: 'done', already: true } : { kind: 'choose' }));
  const [recommend, setRecommend] = useState<number | null>(null);
  const [reasons, setReasons] = useState<RatingReason[]>([]);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // each step starts at its heading, so a screen reader (and the eye) follows the flow
  useEffect(() => {
    if (step.kind !== 'choose') headingRef.current?.focus();
  }, [step.kind]);

  const failed = (err: unknown) => setError(err instanceof ApiRequestError && err.code === 'NETWORK' ? t('network') : err instanceof Error ? err.message : String(err));

  const choose = async (value: RatingValue) => {
    setBusy(true);
    setError(null);
    try {
      const body: RateInput = { value };
      const { data } = await apiCall('rateTicket', { params: { code }, body }, PUBLIC);
      if (data.status === 'already_rated') setStep({ kind: 'done', already: true });
      else setStep(wantsDetails ? { kind: 'details', value } : { kind: 'done', already: false });
    } catch (err) {
      failed(err);
    } finally {
      setBusy(false);
    }
  };

  /** the optional details, added to the rating already saved; nothing filled in: just thanks */
  const sendDetails = async () => {
    const body: RatingDetailsInput = {};
    if (recommend !== null) body.recommend = recommend;
    if (reasons.length > 0) body.reasons = reasons;
    if (comment.trim()) body.comment = comment.trim();
    if (Object.keys(body).length === 0) {
      setStep({ kind: 'done', already: false });
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await api('addRatingDetails', { params: { code }, body }, PUBLIC);
      setStep({ kind: 'done', already: false });
    } catch (err) {
      failed(err);
    } finally {
      setBusy(false);
    }
  };

  const errorBox = (
    <p class={error ? 'error' : 'error error--empty'} role="alert">
      {error}
    </p>
  );

  if (step.kind === 'done') {
    return (
      <section class="rate rate--done" aria-labelledby="rate-title">
        <h2 id="rate-title" ref={headingRef} tabIndex={-1}>
          {step.already ? t('already') : t('thanks')}
        </h2>
        {step.already ? null : <p>{t('thanksText')}</p>}
      </section>
    );
  }

  if (step.kind === 'choose') {
    return (
      <section class="rate" aria-labelledby="rate-title">
        <h2 id="rate-title">{t('rateTitle')}</h2>
        <p class="rate__hint">{t('rateHint')}</p>
        <div class={`rate__values rate__values--${scale}`}>
          {VALUES[scale].map((v) => (
            <button key={v} type="button" class={`rate__value rate__value--${isSatisfied(v) ? 'good' : 'bad'}`} data-value={v} disabled={busy} onClick={() => void choose(v)}>
              <span aria-hidden="true" class={`rate__icon ck-face ck-face--${v}`} />
              <span>{t(`v_${v}`)}</span>
            </button>
          ))}
        </div>
        {errorBox}
      </section>
    );
  }

  const value = step.value;
  const chips = isSatisfied(value) ? REASONS_GOOD : REASONS_BAD;
  const toggle = (r: RatingReason) =>
    setReasons((cur) => (cur.includes(r) ? cur.filter((x) => x !== r) : cur.length >= MAX_REASONS ? cur : [...cur, r]));
  return (
    <section class="rate" aria-labelledby="rate-title">
      <h2 id="rate-title" ref={headingRef} tabIndex={-1}>
        {t('yourRating', { v: t(`v_${value}`) })}
      </h2>
      {rating?.askRecommend ? (
        <fieldset class="rate__group">
          <legend>{t('recommendTitle')}</legend>
          <div class="rate__scale">
            {Array.from({ length: 11 }, (_, n) => (
              <button key={n} type="button" class="chip chip--num" aria-pressed={recommend === n} onClick={() => setRecommend(recommend === n ? null : n)}>
                {n}
              </button>
            ))}
          </div>
        </fieldset>
      ) : null}
      {rating?.reasons ? (
        <fieldset class="rate__group">
          <legend>{t('reasonsTitle')}</legend>
          <div class="rate__chips">
            {chips.map((r) => (
              <button key={r} type="button" class="chip" aria-pressed={reasons.includes(r)} data-reason={r} onClick={() => toggle(r)}>
                {t(`r_${r}`)}
              </button>
            ))}
          </div>
        </fieldset>
      ) : null}
      <label class="rate__label" for="rate-comment">
        {t('comment')}
      </label>
      <textarea
        id="rate-comment"
        class="rate__comment"
        rows={3}
        maxLength={MAX_COMMENT}
        aria-describedby="rate-comment-hint"
        value={comment}
        onInput={(e) => setComment((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <p id="rate-comment-hint" class="rate__hint">
        {t('commentHint')}
      </p>
      <button type="button" class="primary" disabled={busy} onClick={() => void sendDetails()}>
        {busy ? t('sending') : t('send')}
      </button>
      {errorBox}
    </section>
  );
}
