// The server may learn only after answering that a ticket did not print (paper ran out
// mid-ticket): it tells this kiosk with a device alert, and a visitor still looking at that
// ticket gets it on screen. Alerts are kept briefly in case one beats the issue's answer.
import { useRef } from 'react';
import type { DeviceAlert, IssueTicketResponse } from '@cherha/contracts';
import { paperTicketExpected } from '@cherha/ui-kit';

const FAILURE_MEMORY = 20;

function printFailure(alert: DeviceAlert): boolean {
  return alert.ticketId !== undefined && (alert.kind === 'print_failed' || alert.kind === 'print_uncertain');
}

/** The result of an issue, switched to the on-screen ticket when its print failed afterwards. */
export function withPrintFailure(result: IssueTicketResponse, alert: DeviceAlert | undefined): IssueTicketResponse {
  if (!alert || result.ticket.id !== alert.ticketId || !paperTicketExpected(result.print)) return result;
  return { ...result, print: { status: 'unavailable', message: alert.message } };
}

export interface PrintFailures {
  /** feed for useLiveState's onDeviceAlert; `onFailure` gets each print failure */
  onDeviceAlert: (alert: DeviceAlert) => void;
  /** the result with any failure already reported for its ticket */
  apply: (result: IssueTicketResponse) => IssueTicketResponse;
}

export function usePrintFailures(onFailure: (alert: DeviceAlert) => void): PrintFailures {
  const failures = useRef(new Map<number, DeviceAlert>());
  return {
    onDeviceAlert: (alert) => {
      if (!printFailure(alert) || alert.ticketId === undefined) return;
      const map = failures.current;
      map.set(alert.ticketId, alert);
      if (map.size > FAILURE_MEMORY) map.delete(map.keys().next().value as number);
      onFailure(alert);
    },
    apply: (result) => withPrintFailure(result, failures.current.get(result.ticket.id)),
  };
}
