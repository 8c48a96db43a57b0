// The office's load online: a public JSON per office, its page and an embeddable widget.
// Figures only — no ticket numbers, no names, nothing about a person.
import type { ContractRows } from './contract';

export interface OfficeLoadService {
  serviceId: number;
  name: { uk: string; en: string };
  waiting: number;
  /** minutes, from the windows serving it now; null when no window serves it now */
  estimatedWaitMinutes: number | null;
  /** tickets are being issued for it right now */
  available: boolean;
}

export interface OfficeLoad {
  branchId: number;
  name: { uk: string; en: string };
  address: string;
  /** when these figures were taken (they are cached for a few seconds) */
  generatedAt: string;
  /** open now by its hours and holidays */
  open: boolean;
  /** today's hours «08:00»–«20:00», null when closed all day */
  hoursToday: { opens: string; closes: string } | null;
  /** air-raid alert: issuing and calling are stopped */
  alert: boolean;
  /** windows switched on, staffed and not paused */
  windowsWorking: number;
  waitingTotal: number;
  services: OfficeLoadService[];
  /** today's free booking times «HH:MM» per service, when online booking is set up; null otherwise */
  freeBookingTimes: { serviceId: number; times: string[] }[] | null;
}

/** this module's rows of the route table's schema half (contract.ts) */
export const LOAD_CONTRACT = {
} as const satisfies ContractRows;
