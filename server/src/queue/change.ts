import type { CallView } from '@cherha/contracts';

/** What one committed command changed in one branch: the broadcaster turns it into a delta. */
export class Change {
  readonly tickets = new Set<number>();
  readonly services = new Set<number>();
  readonly windows = new Set<number>();
  readonly calls: CallView[] = [];
  alert = false;
  /** catalogue or windows edited: clients need a fresh snapshot */
  resync = false;
  revision = 0;

  constructor(readonly branchId: number) {}

  get empty(): boolean {
    return this.tickets.size === 0 && this.services.size === 0 && this.windows.size === 0 && !this.alert && !this.resync;
  }
}
