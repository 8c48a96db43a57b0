// Ticket numbers as people read them: one distinct letter and three digits, per day.

/** Letters that read and sound distinct; not З (3), О (0), Ч (4), Й, И, І, Ї, Ь. */
export const TICKET_PREFIXES = [
  'А', 'Б', 'В', 'Г', 'Д', 'Е', 'Ж', 'К', 'Л', 'М', 'Н', 'П', 'Р', 'С', 'Т', 'Ф', 'Х', 'Ц', 'Ш',
] as const;
export type TicketPrefix = (typeof TICKET_PREFIXES)[number];

export function isTicketPrefix(value: string): value is TicketPrefix {
  return (TICKET_PREFIXES as readonly string[]).includes(value);
}

export function formatTicketNumber(prefix: string, seq: number): string {
  return `${prefix}${String(seq).padStart(3, '0')}`;
}
