// Who is asking, and what they may do. Every command names the roles or device kinds
// it accepts and is checked against the caller's branch: one place for these rules.
import type { DeviceKind, Role, User } from '@cherha/contracts';
import type { DeviceRecord } from '@cherha/db';
import { DomainError, notFound } from '../errors';

export type Actor =
  | { kind: 'user'; user: User }
  | { kind: 'device'; device: DeviceRecord }
  | { kind: 'system' };

export const SYSTEM: Actor = { kind: 'system' };

export function actorLabel(actor: Actor): string {
  switch (actor.kind) {
    case 'user':
      return `user:${actor.user.id}`;
    case 'device':
      return `device:${actor.device.id}`;
    case 'system':
      return 'system';
  }
}

const RANK: Record<Role, number> = { operator: 1, supervisor: 2, admin: 3 };

export interface Permission {
  /** least role a person needs */
  role?: Role;
  /** device kinds allowed */
  devices?: readonly DeviceKind[];
}

/**
 * Throws unless the actor may act in `branchId` with this permission. `record`: the branch is
 * that of a record looked up by its id («Вікно», «Талон»…); someone of another office then gets
 * the same 404 as for an id that does not exist, so ids cannot be probed across offices.
 */
export function authorize(actor: Actor | null, branchId: number | null, perm: Permission, record?: string): Actor {
  if (!actor) throw new DomainError('UNAUTHORIZED', 'Потрібно увійти в систему');
  if (actor.kind === 'system') return actor;
  if (actor.kind === 'device') {
    if (!perm.devices?.includes(actor.device.kind)) throw new DomainError('FORBIDDEN', 'Цей пристрій не може виконати дію');
    if (branchId !== null && actor.device.branchId !== branchId) throw record ? notFound(record) : new DomainError('FORBIDDEN', 'Пристрій належить іншому офісу');
    return actor;
  }
  if (!perm.role || RANK[actor.user.role] < RANK[perm.role]) throw new DomainError('FORBIDDEN', 'Недостатньо прав для цієї дії');
  // an admin without a branch administers the whole network
  if (branchId !== null && actor.user.branchId !== null && actor.user.branchId !== branchId) {
    throw record ? notFound(record) : new DomainError('FORBIDDEN', 'Ви працюєте в іншому офісі');
  }
  return actor;
}

export const isAtLeast = (actor: Actor, role: Role): boolean =>
  actor.kind === 'system' || (actor.kind === 'user' && RANK[actor.user.role] >= RANK[role]);
