// The demo's accounts have passwords printed in the README. A centre that switches the demo
// off must not keep them: with demo mode off the server refuses to start while any active
// account still signs in with its demo password, and says how to fix it.
import { demoCentre, type Repos } from '@cherha/db';
import { verifyPasswordSync } from './secrets';

/** logins of active accounts that still have the README's demo password */
export function accountsWithDemoPasswords(repos: Repos): string[] {
  const weak: string[] = [];
  for (const u of demoCentre.users) {
    const cred = repos.people.credentials(u.login);
    if (cred?.active && verifyPasswordSync(u.password, cred.passwordHash)) weak.push(u.login);
  }
  return weak;
}

export class DemoPasswordError extends Error {
  constructor(readonly logins: string[]) {
    super(
      [
        `Демо-режим вимкнено, але облікові записи ${logins.join(', ')} досі мають демо-паролі з README. Сервер не запуститься, доки їх не змінено.`,
        `Demo mode is off, but accounts ${logins.join(', ')} still have the README's demo passwords. The server will not start until they are changed.`,
        'Змінити пароль / change a password:  npm run set-password -- <логін> <новий пароль>',
        'Вимкнути запис / switch an account off:  npm run set-password -- <логін> --off',
      ].join('\n'),
    );
  }
}
