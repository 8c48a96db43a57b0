// Creates (or resets the password of) a network admin in a production database, where
// no demo accounts exist:  npx tsx server/src/cli/create-admin.ts <login> <password> [name]
import { UserBody } from '@cherha/contracts';
import { createRepos, openDb } from '@cherha/db';
import { hashPasswordSync } from '../auth/secrets';
import { loadConfig } from '../config';

const [login, password, name = 'Адміністратор'] = process.argv.slice(2);
const parsed = UserBody.safeParse({ branchId: null, login, name, role: 'admin', password });
if (!parsed.success) {
  console.error('Використання: create-admin.ts <логін> <пароль> [імʼя]');
  for (const issue of parsed.error.issues) console.error(`  ${issue.path.join('.')}: ${issue.message}`);
  process.exit(2);
}
const config = loadConfig();
const db = openDb(config.dbPath);
const repos = createRepos(db);
const input = { branchId: null, login: parsed.data.login, name: parsed.data.name, role: 'admin' as const, passwordHash: hashPasswordSync(parsed.data.password), active: true };
const existing = repos.people.credentials(parsed.data.login);
if (existing) repos.people.update(existing.id, input);
else repos.people.create(input);
db.close();
console.log(`${existing ? 'Оновлено' : 'Створено'} адміністратора «${parsed.data.login}» у ${config.dbPath}`);
