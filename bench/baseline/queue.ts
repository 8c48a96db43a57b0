// The queue of the issue benchmark's baselines, as the simplest public queue apps keep it:
// tickets in a plain array in memory, nothing durable, no auth, no validation beyond a type
// check. Shared by the Express baseline (server.ts, what the issue names) and the node:http
// one (node-http.ts), so the two differ only in the HTTP layer.

export interface Ticket {
  id: number;
  number: string;
  serviceId: number;
  status: 'waiting';
  issuedAt: string;
}

const tickets: Ticket[] = [];
const lastSeq = new Map<string, number>();
// a counter, not a filter over the array: the baseline must not slow down as the bench fills it
const waitingBy = new Map<number, number>();
const PREFIXES = 'АБВГДЕЖИКЛМНПРСТУФХЦЧШ';

/** Appends one ticket; returns the answer and what the socket push carries. */
export function issue(serviceId: number): { ticket: Ticket; waiting: number; peopleAhead: number } {
  const prefix = PREFIXES[serviceId % PREFIXES.length]!;
  const seq = (lastSeq.get(prefix) ?? 0) + 1;
  lastSeq.set(prefix, seq);
  const ticket: Ticket = {
    id: tickets.length + 1, number: `${prefix}${String(seq).padStart(3, '0')}`, serviceId, status: 'waiting', issuedAt: new Date().toISOString(),
  };
  tickets.push(ticket);
  const waiting = (waitingBy.get(serviceId) ?? 0) + 1;
  waitingBy.set(serviceId, waiting);
  return { ticket, waiting, peopleAhead: waiting - 1 };
}

export const PORT = Number(process.env.PORT ?? 3100);
export const HOST = process.env.HOST ?? '127.0.0.1';
