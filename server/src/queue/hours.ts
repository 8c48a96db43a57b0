// Whether a service may issue tickets at a local moment: branch hours per weekday with
// dated exceptions, a service's own narrower hours, and "stop N minutes before closing".
import type { Branch, Service } from '@cherha/contracts';
import { hhmmToMinutes, minutesToHhmm, type LocalTime } from '../time';

export type IssuingVerdict =
  | { ok: true; closesAt: string }
  | { ok: false; code: 'BRANCH_CLOSED' | 'SERVICE_CLOSED'; message: string };

export function branchHoursOn(branch: Branch, local: LocalTime): { opens: number; closes: number } | null {
  const exception = branch.exceptions.find((e) => e.date === local.date);
  if (exception) {
    return exception.opens && exception.closes ? { opens: hhmmToMinutes(exception.opens), closes: hhmmToMinutes(exception.closes) } : null;
  }
  const day = branch.hours.find((h) => h.weekday === local.weekday);
  return day ? { opens: hhmmToMinutes(day.opens), closes: hhmmToMinutes(day.closes) } : null;
}

export function issuingVerdict(branch: Branch, service: Service, local: LocalTime): IssuingVerdict {
  const hours = branchHoursOn(branch, local);
  if (!hours) return { ok: false, code: 'BRANCH_CLOSED', message: 'Сьогодні центр не працює' };
  const opens = Math.max(hours.opens, service.opensAt ? hhmmToMinutes(service.opensAt) : 0);
  const closes = Math.min(hours.closes, service.closesAt ? hhmmToMinutes(service.closesAt) : 24 * 60);
  const lastIssue = closes - service.stopIssuingMinutesBeforeClose;
  if (local.minutes < hours.opens || local.minutes >= hours.closes) {
    return { ok: false, code: 'BRANCH_CLOSED', message: `Центр працює з ${minutesToHhmm(hours.opens)} до ${minutesToHhmm(hours.closes)}` };
  }
  if (local.minutes < opens || local.minutes >= lastIssue) {
    return {
      ok: false,
      code: 'SERVICE_CLOSED',
      message: `Талони на послугу «${service.name.uk}» видаються з ${minutesToHhmm(opens)} до ${minutesToHhmm(lastIssue)}`,
    };
  }
  return { ok: true, closesAt: minutesToHhmm(closes) };
}
