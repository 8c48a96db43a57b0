// Restores a backup in place of the database, with the server stopped:
//   npm run restore -- <backup file>        (the database is EQUEUE_DB_PATH, as for the server)
// The backup is checked first (integrity, schema version); the old file is kept as
// <db>.before-restore-<time>. Exit codes: 0 restored, 1 refused, 2 wrong usage.
import { resolve } from 'node:path';
import { loadConfig } from '../config';
import { RestoreError, restoreBackup } from '../ops/restore';

const [file, ...rest] = process.argv.slice(2);
if (!file || rest.length > 0) {
  console.error('Використання: npm run restore -- <файл резервної копії>');
  process.exit(2);
}
const { dbPath } = loadConfig();
// `npm run` starts us in the repository root; a relative path means where the person typed it
const backup = resolve(process.env.INIT_CWD ?? process.cwd(), file);
if (dbPath === ':memory:') {
  console.error('EQUEUE_DB_PATH=:memory: — нема куди відновлювати');
  process.exit(2);
}
try {
  const { replaced } = restoreBackup(backup, dbPath);
  console.log(`Відновлено ${backup} → ${dbPath}`);
  if (replaced) console.log(`Попередню базу збережено як ${replaced}`);
  console.log('Тепер запустіть сервер.');
} catch (err) {
  console.error(err instanceof RestoreError ? err.message : `Помилка відновлення: ${(err as Error).message}`);
  process.exit(1);
}
