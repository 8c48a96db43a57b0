// «Надрукувати ще раз»: POST /api/tickets/:id/reprint prints on the kiosk that issued the
// ticket; what happened is said in the status line or the alert region of the screen.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '@cherha/ui-kit';
import type { useCommand } from './useCommand';

export function useReprint(cmd: Pick<ReturnType<typeof useCommand>, 'setError' | 'setStatus' | 'fail'>) {
  const { t } = useTranslation();
  const [reprinting, setReprinting] = useState<number | null>(null);
  const reprint = async (ticket: { id: number; number: string }) => {
    setReprinting(ticket.id);
    cmd.setError(null);
    try {
      const res = await api('reprintTicket', { params: { ticketId: ticket.id } });
      if (res.print.status === 'queued') cmd.setStatus(t('op.reprintQueued', { number: ticket.number }));
      else if (res.print.status === 'unavailable') cmd.setError(t('op.reprintUnavailable', { number: ticket.number, message: res.print.message ?? '' }));
      else cmd.setError(t('op.reprintNone', { number: ticket.number }));
    } catch (err) {
      cmd.fail(err);
    } finally {
      setReprinting(null);
    }
  };
  return { reprinting: reprinting !== null, reprint: (x: { id: number; number: string }) => void reprint(x) };
}
