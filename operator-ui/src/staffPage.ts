import type { User } from '@cherha/contracts';

/** What App's workspace hands every staff page opened from the top bar (reports, ratings, bookings). */
export interface StaffPageProps {
  user: User;
  branchId: number;
  onLogout: () => void;
  recheck: () => void;
  onChangeBranch?: (() => void) | undefined;
}
