// Staff accounts. A branch admin manages the people of their own office; people without an
// office (the network) are created and edited only by a network admin. A new password, or
// switching a person off, ends their sessions in the same transaction as the edit.
import type { User, UserBody, UpdateUserBody } from '@cherha/contracts';
import type { Repos } from '@cherha/db';
import type { z } from 'zod';
import { authorize, type Actor } from '../auth/actor';
import { hashPassword, tokenHash } from '../auth/secrets';
import { DomainError, notFound } from '../errors';
import { ADMIN, branchOf, inTransaction, type ConfigDeps } from './context';

/** People without a branch administer the whole network: only such an admin creates or edits them. */
function requireUserScope(actor: Actor | null, branchId: number | null, record?: string): void {
  const who = authorize(actor, branchId, ADMIN, record);
  if (branchId === null && who.kind === 'user' && who.user.branchId !== null) {
    throw new DomainError('FORBIDDEN', 'Працівників усієї мережі додає адміністратор мережі');
  }
}

/** the office exists and the login is nobody else's */
function checkPerson(repos: Repos, body: { branchId: number | null; login: string }, selfId?: number): void {
  if (body.branchId !== null) branchOf(repos, body.branchId);
  const other = repos.people.credentials(body.login);
  if (other && other.id !== selfId) throw new DomainError('CONFLICT', `Логін «${body.login}» уже зайнятий`);
}

export class PeopleEdits {
  constructor(private readonly d: ConfigDeps) {}

  list(actor: Actor | null): User[] {
    const who = authorize(actor, null, ADMIN);
    const branchId = who.kind === 'user' ? who.user.branchId : null;
    return this.d.repos.people.list().filter((u) => branchId === null || u.branchId === branchId);
  }

  async create(actor: Actor | null, body: z.output<typeof UserBody>): Promise<User> {
    requireUserScope(actor, body.branchId);
    const { repos } = this.d;
    // checked before hashing (a taken login is answered at once) and again with the write:
    // the hash is awaited, and someone may have taken the login meanwhile
    checkPerson(repos, body);
    const { password, ...rest } = body;
    const passwordHash = await hashPassword(password);
    return inTransaction(repos, () => {
      checkPerson(repos, body);
      return repos.people.get(repos.people.create({ ...rest, passwordHash }))!;
    });
  }

  /**
   * `session`: the caller's own session token; an admin changing their own password stays
   * signed in on this screen, every other session of the person ends.
   */
  async update(actor: Actor | null, id: number, body: z.output<typeof UpdateUserBody>, session: string | undefined): Promise<User> {
    const { repos } = this.d;
    const u = repos.people.get(id);
    if (!u) throw notFound('Працівника');
    requireUserScope(actor, u.branchId, 'Працівника');
    requireUserScope(actor, body.branchId);
    checkPerson(repos, body, u.id);
    const { password, ...rest } = body;
    const newHash = password !== undefined ? await hashPassword(password) : undefined;
    const own = actor?.kind === 'user' && actor.user.id === u.id && session ? tokenHash(session) : '';
    return inTransaction(repos, () => {
      checkPerson(repos, body, u.id);
      const passwordHash = newHash ?? repos.people.passwordHash(u.id);
      if (passwordHash === undefined) throw notFound('Працівника');
      repos.people.update(u.id, { ...rest, passwordHash });
      // a new password (or switching the person off) ends every session: whoever knew the old one is out
      if (newHash !== undefined || !rest.active) repos.people.deleteSessionsOf(u.id, own);
      return repos.people.get(u.id)!;
    });
  }
}
