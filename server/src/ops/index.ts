// Running «Черга» as a service: backups, metrics, the audit log. app.ts calls
// installOps() before the routes (so the hooks see every route) and attachLive() once
// socket.io exists.
import { join } from 'node:path';
import { auditRepo } from '@cherha/db';
import type { App, Services } from '../http/context';
import type { LiveServer } from '../live/socket';
import type { Clock } from '../time';
import { installAudit } from './audit';
import { Backups } from './backup';
import { backupRoutes } from './backup-routes';
import { installMetrics } from './metrics';

export { LOG_REDACT } from './logging';
export { isStorageFailure, storageFailureMessage } from './storage';

export interface Ops {
  backups: Backups;
  attachLive(io: LiveServer): void;
  stop(): Promise<void>;
}

export function installOps(app: App, s: Services, clock: Clock): Ops {
  const audit = auditRepo(s.repos.db);
  installAudit(app, s, audit, clock);
  const metrics = installMetrics(app, s, audit);
  const backups = new Backups(s.repos.db, s.config.backupDir ?? join(s.config.dataDir, 'backups'), s.config.backupKeepDays, clock, app.log);
  backupRoutes(app, backups);
  if (s.config.dbPath !== ':memory:') backups.schedule(s.config.backupEveryMinutes);
  return { backups, attachLive: metrics.attachLive, stop: () => backups.stop() };
}
