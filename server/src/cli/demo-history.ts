// Fills the demo centre with past weeks so the reports screen shows something real on a
// fresh `npm start` (docs/reports.md). Days that already have tickets are left alone.
//   npm run demo:history                      # the last 120 days, ./data/cherha.sqlite
//   npm run demo:history -- --days 30 --db /path/to/file.sqlite
import { createRepos, openDb } from '@cherha/db';
import { loadConfig } from '../config';
import { seedDemo } from '../demo';
import { addDays } from '../reports/days';
import { buildRollups, generateHistory, historyBranches } from '../reports/history';
import { localTime } from '../time';

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const days = Number(arg('days') ?? 120);
if (!Number.isInteger(days) || days < 1 || days > 400) {
  console.error('Використання: npm run demo:history -- [--days 1…400] [--db шлях/до/файлу.sqlite]');
  process.exit(2);
}
const dbPath = arg('db') ?? loadConfig().dbPath;
const db = openDb(dbPath);
const repos = createRepos(db);
const now = new Date();
seedDemo(repos, now);
const branches = historyBranches(repos, [repos.branches.list()[0]!.id]);
const today = localTime(now, branches[0]!.timeZone).date;
const from = addDays(today, -days);
const to = addDays(today, -1);
const written = generateHistory(db, { branches, from, to, tickets: days * 95, seed: Date.parse(today) / 86_400_000, skipExisting: true });
const rebuilt = buildRollups(repos, now);
db.close();
console.log(`${dbPath}: ${written} талонів за ${from} … ${to}; звіти перераховано за ${rebuilt} днів`);
