// «Черга до вікна» in call order («Наступний» first), a chosen ticket called from its row,
// and the postponed tickets with their return buttons.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketView } from '@cherha/contracts';
import { formatClock } from '@cherha/ui-kit';
import type { WindowQueue } from '../useWindowQueue';

type Placement = 'first' | 'last' | 'original';

export function WindowQueuePanel({
  windowId,
  windowQueue,
  waitingForWindow,
  postponed,
  timeZone,
  serviceName,
  busy,
  callBlocked,
  onCall,
  onReturn,
}: {
  windowId: number;
  windowQueue: WindowQueue;
  waitingForWindow: number;
  postponed: TicketView[];
  timeZone: string;
  serviceName: (serviceId: number) => string;
  busy: boolean;
  /** paused, a ticket called and not yet dealt with, or an air-raid alert */
  callBlocked: boolean;
  onCall: (ticket: TicketView) => Promise<boolean>;
  onReturn: (ticket: TicketView, placement: Placement) => void;
}) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<number | null>(null);
  const queue = windowQueue.tickets ?? [];
  return (
    <section className="queue" aria-labelledby="queue-title">
      <h2 id="queue-title">
        {t('op.queueTitle')} {windowQueue.tickets !== null ? <span className="queue__count">({t('op.waitingForWindow', { count: waitingForWindow })})</span> : null}
      </h2>
      <p className="queue__note">{t('op.queueOrder')}</p>
      {windowQueue.failed ? (
        <p className="queue__stale" role="status">
          {t('op.queueStale')}
        </p>
      ) : null}
      {windowQueue.tickets === null ? (
        !windowQueue.failed ? (
          <p className="queue__empty" role="status">
            {t('op.loading')}
          </p>
        ) : null
      ) : queue.length === 0 ? (
        <p className="queue__empty">{t('op.queueEmpty')}</p>
      ) : null}
      <ol className="queue__list" aria-labelledby="queue-title">
        {queue.map((q, i) => (
          <li key={q.id} className={`queue__row${i === 0 ? ' queue__row--next' : ''}`} data-ticket-id={q.id}>
            <button
              type="button"
              className={`queue__item${selected === q.id ? ' queue__item--selected' : ''}`}
              aria-pressed={selected === q.id}
              onClick={() => setSelected(selected === q.id ? null : q.id)}
            >
              <span className="queue__number">{q.number}</span>
              <span className="queue__service">{serviceName(q.serviceId)}</span>
              {i === 0 || q.priority || q.targetWindowId === windowId || q.bookedFor !== undefined ? (
                <span className="queue__tags">
                  {i === 0 ? <span className="queue__next">{t('op.nextUp')}</span> : null}
                  {q.priority ? <span className="badge">{t('op.priority')}</span> : null}
                  {/* a booked visitor is called first at this time (server/src/queue/strategy.ts) */}
                  {q.bookedFor !== undefined ? <span className="badge badge--booked">{t('op.bookedFor', { time: q.bookedFor })}</span> : null}
                  {q.targetWindowId === windowId ? <span className="badge badge--target">{t('op.sentHere')}</span> : null}
                </span>
              ) : null}
              <span className="queue__time">{t('op.issued', { time: formatClock(Date.parse(q.issuedAt), timeZone) })}</span>
            </button>
            {selected === q.id ? (
              <button type="button" className="btn btn--primary queue__call" disabled={busy || callBlocked} onClick={() => void onCall(q).then((ok) => ok && setSelected(null))}>
                {t('op.callThis')} {q.number}
              </button>
            ) : null}
          </li>
        ))}
      </ol>
      {waitingForWindow > queue.length && queue.length > 0 ? <p className="queue__more">{t('op.queueMore', { count: waitingForWindow - queue.length })}</p> : null}

      {postponed.length > 0 ? (
        <>
          <h2 className="queue__subtitle">{t('op.postponedTitle')}</h2>
          <ul className="queue__list">
            {postponed.map((q) => (
              <li key={q.id} className="postponed">
                <span className="queue__number">{q.number}</span>
                <span className="queue__service">{serviceName(q.serviceId)}</span>
                <span className="return-controls">
                  <button type="button" className="btn btn--small" disabled={busy} onClick={() => onReturn(q, 'first')}>
                    {t('op.returnTicket')}: {t('op.place_first')}
                  </button>
                  <button type="button" className="btn btn--small" disabled={busy} onClick={() => onReturn(q, 'original')}>
                    {t('op.place_original')}
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
