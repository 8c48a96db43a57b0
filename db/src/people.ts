import type { Role, User } from '@cherha/contracts';
import type { Db } from './open';
import { toUser, type UserRow } from './rows';

export interface UserInput {
  branchId: number | null;
  login: string;
  name: string;
  role: Role;
  passwordHash: string;
  active: boolean;
}

export function peopleRepo(db: Db) {
  const s = {
    all: db.prepare<[], UserRow>('SELECT * FROM users ORDER BY id'),
    get: db.prepare<[number], UserRow>('SELECT * FROM users WHERE id = ?'),
    byLogin: db.prepare<[string], UserRow>('SELECT * FROM users WHERE login = ?'),
    insert: db.prepare(
      'INSERT INTO users (branch_id, login, name, role, password_hash, active) VALUES (@branchId, @login, @name, @role, @passwordHash, @active)',
    ),
    update: db.prepare(
      'UPDATE users SET branch_id=@branchId, login=@login, name=@name, role=@role, password_hash=@passwordHash, active=@active WHERE id=@id',
    ),
    insSession: db.prepare<[string, number, string, string]>('INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)'),
    session: db.prepare<[string, string], UserRow>(
      'SELECT u.* FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ? AND s.expires_at > ? AND u.active = 1',
    ),
    delSession: db.prepare<[string]>('DELETE FROM sessions WHERE token_hash = ?'),
    delSessionsOf: db.prepare<[number, string]>('DELETE FROM sessions WHERE user_id = ? AND token_hash <> ?'),
    purge: db.prepare<[string]>('DELETE FROM sessions WHERE expires_at <= ?'),
  };
  const params = (x: UserInput) => ({ ...x, active: x.active ? 1 : 0 });
  return {
    list: (): User[] => s.all.all().map(toUser),
    get: (id: number): User | undefined => {
      const r = s.get.get(id);
      return r && toUser(r);
    },
    /** with the password hash, for login only */
    credentials: (login: string): (User & { passwordHash: string }) | undefined => {
      const r = s.byLogin.get(login);
      return r && { ...toUser(r), passwordHash: r.password_hash };
    },
    passwordHash: (id: number): string | undefined => s.get.get(id)?.password_hash,
    create: (x: UserInput): number => Number(s.insert.run(params(x)).lastInsertRowid),
    update: (id: number, x: UserInput) => void s.update.run({ ...params(x), id }),
    createSession: (tokenHash: string, userId: number, now: string, expiresAt: string) => {
      s.purge.run(now);
      s.insSession.run(tokenHash, userId, now, expiresAt);
    },
    sessionUser: (tokenHash: string, now: string): User | undefined => {
      const r = s.session.get(tokenHash, now);
      return r && toUser(r);
    },
    deleteSession: (tokenHash: string) => void s.delSession.run(tokenHash),
    /** every session of one person (a new password, switched off) but `keep`: returns how many */
    deleteSessionsOf: (userId: number, keepTokenHash = ''): number => s.delSessionsOf.run(userId, keepTokenHash).changes,
  };
}
export type PeopleRepo = ReturnType<typeof peopleRepo>;
