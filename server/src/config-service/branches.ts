// Offices: the list a caller may see, a new office (network admins only), editing one. The
// texts printed on the office's tickets must fit its printers' code pages.
import type { Branch } from '@cherha/contracts';
import type { BranchInput, Repos } from '@cherha/db';
import { authorize, type Actor } from '../auth/actor';
import { DomainError } from '../errors';
import { requirePrintable, requirePrintableName, ticketPages } from '../http/printable';
import { ADMIN, branchOf, inTransaction, STAFF, type ConfigDeps } from './context';

/** what of a branch is printed on its tickets (a new branch: no printers yet, CP1251 assumed) */
function checkBranchTexts(repos: Repos, branchId: number | null, b: BranchInput): void {
  const pages = ticketPages(repos, branchId);
  requirePrintableName('Назва офісу', b.name, pages);
  requirePrintable('Текст угорі талону', b.ticketHeader, pages);
  requirePrintable('Текст унизу талону', b.ticketFooter, pages);
}

export class BranchEdits {
  constructor(private readonly d: ConfigDeps) {}

  /** a network admin sees every office; anyone else only their own */
  list(actor: Actor | null): Branch[] {
    const who = authorize(actor, null, STAFF);
    const all = this.d.repos.branches.list();
    if (who.kind === 'user' && who.user.branchId === null) return all;
    const own = who.kind === 'user' ? who.user.branchId : who.kind === 'device' ? who.device.branchId : null;
    return all.filter((b) => b.id === own);
  }

  create(actor: Actor | null, body: BranchInput): Branch {
    const who = authorize(actor, null, ADMIN);
    if (who.kind === 'user' && who.user.branchId !== null) throw new DomainError('FORBIDDEN', 'Новий офіс створює адміністратор мережі');
    const { repos } = this.d;
    return inTransaction(repos, () => {
      checkBranchTexts(repos, null, body);
      return branchOf(repos, repos.branches.create(body));
    });
  }

  update(actor: Actor | null, branchId: number, body: BranchInput): Branch {
    authorize(actor, branchId, ADMIN);
    const { repos } = this.d;
    branchOf(repos, branchId);
    return this.d.queue.configChanged(branchId, () => {
      checkBranchTexts(repos, branchId, body);
      repos.branches.update(branchId, body);
      return branchOf(repos, branchId);
    });
  }
}
