// Reports: who may see which offices, keeping the roll-ups fresh, the window log that
// workload needs, and the export tokens of the national quality monitoring.
import type { CreatedExportToken, ExportTokenView, Report, ReportExportInput, ReportFilterOptions, ReportQueryInput } from '@cherha/contracts';
import { reportRepo, type ExportTokenRow, type ReportRepo, type Repos } from '@cherha/db';
import { actorLabel, authorize, type Actor } from '../auth/actor';
import { newToken, tokenHash } from '../auth/secrets';
import { DomainError } from '../errors';
import type { Change } from '../queue/change';
import type { QueueService } from '../queue/service';
import type { Clock } from '../time';
import { localTime } from '../time';
import { dailyCsv, ticketsCsv } from './export';
import { RollupKeeper, SyncSchedule } from './keeper';
import { daysInclusive } from './days';
import { ReportWorker } from './pool';
import { computeReport, type ReportSpec } from './query';

const SUPERVISOR = { role: 'supervisor' } as const;
const tokenView = (t: ExportTokenRow): ExportTokenView => ({
  id: t.id, name: t.name, createdAt: t.created_at, createdBy: t.created_by, lastUsedAt: t.last_used_at, revokedAt: t.revoked_at,
});

export class ReportService {
  readonly rr: ReportRepo;
  readonly keeper: RollupKeeper;
  private syncTimer: NodeJS.Timeout | null = null;
  private readonly schedule = new SyncSchedule();
  /** null for an in-memory database (tests): everything runs here */
  private readonly worker: ReportWorker | null;
  private stopped = false;
  /** names of offices, services, windows and people: read at most every few seconds */
  private namesCache: { at: number; value: ReturnType<ReportRepo['names']> } | null = null;
  /** last logged state per window (read from the log once) */
  private readonly windowState = new Map<number, string>();

  constructor(
    private readonly repos: Repos,
    queue: QueueService,
    private readonly clock: Clock,
  ) {
    this.rr = reportRepo(repos.db);
    this.keeper = new RollupKeeper(repos.db, this.rr, () => clock.now());
    this.worker = repos.db.memory ? null : new ReportWorker(repos.db.name);
    queue.onChange((change) => this.onChange(change));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.syncTimer) clearTimeout(this.syncTimer);
    await this.worker?.stop();
  }

  /** after a commit: log window state changes, and refresh the roll-ups a moment later */
  private onChange(change: Change): void {
    if (change.resync) this.namesCache = null; // the configuration was edited
    // reports must never break a queue command or its broadcast (a full or read-only disk
    // refuses these writes too): a missed window state or roll-up is caught up later
    try {
      for (const id of change.windows) this.logWindow(id);
    } catch {
      this.windowState.clear();
    }
    this.schedule.changed(performance.now());
    if (!this.syncTimer && !this.stopped) this.armSync();
  }

  /** the background rebuild: after a quiet second, or at the latest 10 s after the first change (keeper.ts SyncSchedule) */
  private armSync(): void {
    const wait = this.schedule.wait(performance.now());
    if (wait === null) return;
    this.syncTimer = setTimeout(() => {
      this.syncTimer = null;
      if (this.stopped) return;
      // changes kept coming: wait for the quiet (or the latest) moment instead of rebuilding now
      if ((this.schedule.wait(performance.now()) ?? 0) > 0) return this.armSync();
      this.trySync();
    }, wait);
    this.syncTimer.unref();
  }

  /** brings the roll-ups up to date; false when the database refuses writes (they stay as they were) */
  private trySync(): boolean {
    this.schedule.done();
    try {
      this.keeper.sync();
      return true;
    } catch {
      return false;
    }
  }

  private logWindow(windowId: number): void {
    const w = this.repos.windows.get(windowId);
    if (!w) return;
    const state = w.operatorId === null ? 'closed' : w.paused ? 'paused' : 'open';
    const key = `${state}:${w.operatorId ?? ''}`;
    let last = this.windowState.get(windowId);
    if (last === undefined) {
      const row = this.rr.lastLogOf(windowId);
      last = row ? `${row.state}:${row.operator_id ?? ''}` : 'closed:';
    }
    if (last !== key) this.rr.addLog(w.branchId, w.id, w.operatorId, state, this.clock.now().toISOString());
    this.windowState.set(windowId, key);
  }

  /** a renamed person may show their old name for up to 2 s (services and windows: none, the edit resyncs); reading them costs a few ms */
  private names(): ReturnType<ReportRepo['names']> {
    const now = performance.now();
    if (!this.namesCache || now - this.namesCache.at > 2000) this.namesCache = { at: now, value: this.rr.names() };
    return this.namesCache.value;
  }

  /** the offices a person may see: their own, or all for a network admin; null = network */
  private scope(actor: Actor | null, branchId: number | undefined): number | null {
    const who = authorize(actor, branchId ?? null, SUPERVISOR);
    const own = who.kind === 'user' ? who.user.branchId : null;
    if (branchId !== undefined) {
      if (!this.names().branches.some((b) => b.id === branchId)) throw new DomainError('NOT_FOUND', 'Офіс не знайдено');
      return branchId;
    }
    return own;
  }

  /**
   * Short reports (today, a day of the network, up to a month of one office) are computed
   * here in a few milliseconds; longer ones in the report worker, off the event loop.
   */
  async report(actor: Actor | null, q: ReportQueryInput): Promise<Report> {
    const branchId = this.scope(actor, q.branchId);
    this.trySync();
    const days = daysInclusive(q.from, q.to);
    const spec = this.spec(q, branchId);
    const long = days > 31 || (branchId === null && days > 1);
    if (long && this.worker) return this.worker.run(spec);
    return computeReport(this.rr, spec, this.names());
  }

  private spec(q: ReportQueryInput, branchId: number | null): ReportSpec {
    const names = this.names();
    let serviceIds: number[] | undefined;
    if (q.categoryId !== undefined) {
      const cats = new Set([q.categoryId]);
      // a category with its subcategories
      for (let grew = true; grew; ) {
        grew = false;
        for (const c of names.categories) {
          if (c.parent_id !== null && cats.has(c.parent_id) && !cats.has(c.id)) {
            cats.add(c.id);
            grew = true;
          }
        }
      }
      serviceIds = names.services.filter((s) => cats.has(s.category_id)).map((s) => s.id);
    }
    if (q.serviceId !== undefined) serviceIds = serviceIds ? serviceIds.filter((id) => id === q.serviceId) : [q.serviceId];
    return {
      from: q.from, to: q.to, branchId, serviceIds, windowId: q.windowId, operatorId: q.operatorId, grain: q.grain, compare: q.compare === '1', nowMs: this.clock.now().getTime(),
    };
  }

  filters(actor: Actor | null, branchIdArg: number | undefined): ReportFilterOptions {
    const branchId = this.scope(actor, branchIdArg);
    const n = this.names();
    const mine = (b: number | null) => branchId === null || b === branchId;
    return {
      branches: n.branches.filter((b) => mine(b.id)).map((b) => ({ id: b.id, name: b.name })),
      categories: n.categories.filter((c) => mine(c.branch_id)).map((c) => ({ id: c.id, branchId: c.branch_id, name: c.name })),
      services: n.services.filter((s) => mine(s.branch_id)).map((s) => ({ id: s.id, branchId: s.branch_id, categoryId: s.category_id, name: s.name })),
      windows: n.windows.filter((w) => mine(w.branch_id)).map((w) => ({ id: w.id, branchId: w.branch_id, label: w.label })),
      operators: n.operators.filter((u) => branchId === null || u.branch_id === branchId).map((u) => ({ id: u.id, branchId: u.branch_id, name: u.name })),
    };
  }

  /** a valid, unrevoked export token in `Authorization: Bearer` */
  exportTokenId(bearer: string | undefined): number | null {
    if (!bearer || bearer.length > 200) return null;
    return this.rr.tokens.byHash(tokenHash(bearer));
  }

  /** CSV lines of the national export; `tokenId` set = collected by token (whole network) */
  exportCsv(actor: Actor | null, tokenId: number | null, kind: 'tickets' | 'daily', q: ReportExportInput): AsyncGenerator<string> {
    let branchId: number | null;
    if (tokenId !== null) {
      this.rr.tokens.touch(tokenId, this.clock.now().toISOString());
      branchId = q.branchId ?? null;
    } else branchId = this.scope(actor, q.branchId);
    this.trySync();
    const branches = [...this.keeper.branchInfo().values()].filter((b) => branchId === null || b.id === branchId);
    const names = new Map(this.names().branches.map((b) => [b.id, b.name]));
    const today = branches[0] ? localTime(this.clock.now(), branches[0].timeZone).date : q.to;
    const scope = { from: q.from, to: q.to < today ? q.to : today, branches: branches.map((b) => ({ ...b, name: names.get(b.id) ?? '' })), nowMs: this.clock.now().getTime() };
    return kind === 'tickets' ? ticketsCsv(this.rr, scope) : dailyCsv(this.rr, scope);
  }

  listTokens(): ExportTokenView[] {
    return this.rr.tokens.list().map(tokenView);
  }

  createToken(actor: Actor | null, name: string): CreatedExportToken {
    const who = authorize(actor, null, { role: 'admin' });
    const token = newToken();
    const id = this.rr.tokens.create(name, tokenHash(token), this.clock.now().toISOString(), actorLabel(who));
    return { ...tokenView(this.rr.tokens.get(id)!), token };
  }

  revokeToken(id: number): ExportTokenView {
    const t = this.rr.tokens.get(id);
    if (!t) throw new DomainError('NOT_FOUND', 'Токен не знайдено');
    this.rr.tokens.revoke(id, this.clock.now().toISOString());
    return tokenView(this.rr.tokens.get(id)!);
  }
}
