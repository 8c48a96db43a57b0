// Sets a person's password, or switches the account off, straight in the database (the
// server may refuse to start while demo passwords remain, so this cannot need the API).
//   npm run set-password -- <login> <new password>
//   npm run set-password -- <login> --off
import { UserBody } from '@cherha/contracts';
import { createRepos, openDb } from '@cherha/db';
import { hashPasswordSync } from '../auth/secrets';
import { loadConfig } from '../config';

const [login, second] = process.argv.slice(2);
const usage = () => {
  console.error('Використання: npm run set-password -- <логін> <новий пароль>   або   npm run set-password -- <логін> --off');
  process.exit(2);
};
if (!login || !second) usage();
const off = second === '--off';
if (!off) {
  const check = UserBody.shape.password.safeParse(second);
  if (!check.success) {
    console.error(check.error.issues[0]?.message ?? 'Неправильний пароль');
    process.exit(2);
  }
}
const config = loadConfig();
const db = openDb(config.dbPath);
const repos = createRepos(db);
const user = repos.people.credentials(login!);
if (!user) {
  console.error(`Працівника з логіном «${login}» немає в ${config.dbPath}`);
  db.close();
  process.exit(1);
}
const { passwordHash, id, ...rest } = user;
db.transaction(() => {
  repos.people.update(id, { ...rest, active: off ? false : rest.active, passwordHash: off ? passwordHash : hashPasswordSync(second!) });
  repos.people.deleteSessionsOf(id);
})();
db.close();
console.log(off ? `Обліковий запис «${login}» вимкнено` : `Пароль «${login}» змінено; усі його сеанси завершено`);
