// The kiosk's screens and the navigation stack between them.
//
// To add a screen (e.g. check-in, service card): add a variant here, a component in its own
// file (props: what it shows plus the `KioskNav` actions it needs), and one `case` in
// Kiosk.tsx `renderScreen` — TypeScript refuses to build until that case exists.
import type { IssueTicketResponse } from '@cherha/contracts';

export type Screen =
  | { kind: 'home' }
  | { kind: 'priority' }
  | { kind: 'category'; categoryId: number }
  | { kind: 'search'; query: string }
  | { kind: 'issuing'; serviceId: number; key: string; retrying: boolean }
  | { kind: 'failed'; serviceId: number; key: string; message: string }
  /** the service card before the ticket (kiosk-ui/src/CardScreen.tsx); `key` is the tap's idempotency key */
  | { kind: 'card'; serviceId: number; key: string }
  /** check-in of a booked visitor by code or QR code (kiosk-ui/src/checkinScreen.tsx) */
  | { kind: 'checkin' }
  | { kind: 'result'; result: IssueTicketResponse; serviceId: number };

export type ScreenKind = Screen['kind'];

export const HOME: Screen = { kind: 'home' };
