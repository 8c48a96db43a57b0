// Printing sits after the commit: a ticket exists before any byte goes to paper, and a
// print failure never loses or duplicates it.
import type { PrintStatusView, Ticket } from '@cherha/contracts';
import type { Actor } from '../auth/actor';
import type { Config } from '../config';

export class PrintService {
  constructor(private readonly config: Config) {}

  statusUrl(t: Ticket): string {
    return `${this.config.publicUrl}/t/${t.publicCode}`;
  }

  afterIssue(_ticket: Ticket, _actor: Actor | null): PrintStatusView {
    return { status: 'none', message: null };
  }

  statusOf(_ticket: Ticket): PrintStatusView {
    return { status: 'none', message: null };
  }
}
