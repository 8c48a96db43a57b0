// Printing sits after the commit: a ticket exists before any byte goes to paper, and a
// print failure never loses or duplicates it. A kiosk prints either through a printer
// the server drives itself (TCP, or the demo's virtual printer) or through a print agent
// on the kiosk PC (USB/serial), which receives `print:job` over socket.io.
import { randomUUID } from 'node:crypto';
import { KioskPrinterSettings, type AgentTestPageRequest, type DeviceAlert, type DeviceAlertKind, type PrinterState, type PrinterStateView, type PrintFailureView, type PrintJob, type PrintStatusView, type Ticket } from '@cherha/contracts';
import type { DeviceRecord, Repos } from '@cherha/db';
import { BLOCKING_STATES, createPrinter, parsePrinterConfig, STATE_MESSAGES, type Printer, type PrintOutcome, type TicketDocument } from '@cherha/printer';
import type { Actor } from '../auth/actor';
import { bookedForField } from '../booking/booked-for';
import type { Config } from '../config';
import { DomainError } from '../errors';
import { isLoopbackUrl } from '../public-url';
import type { Clock } from '../time';
import { beyondState } from './state-words';
import { checkPrinterTarget, describeAllowList, parseAllowList, printerConfigFor, type PrinterAllowList } from './printer-policy';

/** What the printing side needs from the live layer, without importing it. */
export interface PrintChannel {
  sendJob(agentId: number, job: PrintJob): boolean;
  agentOnline(agentId: number): boolean;
  alert(branchId: number, deviceId: number, kind: DeviceAlertKind, message: string, ticket?: Pick<Ticket, 'id' | 'number'>): void;
  /** a print agent's roll was changed: it resets its own counter */
  resetAgentRoll(agentId: number): boolean;
  /** the agent prints its test page and says how it went; null when it is not connected */
  agentTestPage(agentId: number, page: AgentTestPageRequest): Promise<PrintOutcome | null>;
}

const IDLE_CHECK_MS = 45_000;

/** why a job was refused before printing, for the kiosk and staff: the state in words, or what failed */
function refusalReason(o: PrintOutcome): string {
  if (BLOCKING_STATES.includes(o.state) && (o.message === undefined || o.message.startsWith(STATE_MESSAGES[o.state]))) return STATE_MESSAGES[o.state];
  return o.message ?? STATE_MESSAGES[o.state];
}

export class PrintService {
  private readonly printers = new Map<number, { key: string; printer: Printer }>();
  private readonly states = new Map<number, { state: PrinterState; message: string | null; tickets: number | null; at: string }>();
  private channel: PrintChannel | null = null;
  private timer: NodeJS.Timeout | null = null;
  /** prints still running: close() waits for them so none writes into a closed database */
  private readonly inFlight = new Set<Promise<void>>();
  /** tickets whose print on a server-driven printer has no outcome yet */
  private readonly printing = new Map<number, number>();
  private stopped = false;

  private readonly allow: PrinterAllowList;

  constructor(
    private readonly config: Config,
    private readonly repos: Repos,
    private readonly clock: Clock,
  ) {
    this.allow = parseAllowList(config.printerHosts, config.printerDevices);
  }

  attach(channel: PrintChannel): void {
    this.channel = channel;
    // status every 45 s when idle, for printers the server drives
    this.timer = setInterval(() => {
      const run = this.checkAll().finally(() => this.inFlight.delete(run));
      this.inFlight.add(run);
    }, IDLE_CHECK_MS);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await Promise.all([...this.inFlight]);
  }

  statusUrl(t: Ticket): string {
    return `${this.config.publicUrl}/t/${t.publicCode}`;
  }

  // ---------- printers the server drives ----------

  private printerFor(device: DeviceRecord): Printer | null {
    if (device.printer === null || device.printer === undefined) return null;
    const key = JSON.stringify(device.printer);
    const cached = this.printers.get(device.id);
    if (cached?.key === key) return cached.printer;
    // checked again at use: a config stored before the allow-list existed (or edited in the
    // database by hand) must not reach a file or host the installer did not allow
    const settings = KioskPrinterSettings.safeParse(device.printer);
    if (!settings.success) throw new DomainError('VALIDATION', 'Збережені налаштування принтера недійсні: збережіть принтер заново в розділі «Пристрої»');
    checkPrinterTarget(settings.data, this.allow);
    const printer = createPrinter(printerConfigFor(device.id, settings.data, this.config.dataDir, this.config.printPreviewsKeepDays));
    this.printers.set(device.id, { key, printer });
    return printer;
  }

  private remember(deviceId: number, state: PrinterState, message: string | null, tickets: number | null): void {
    const prev = this.states.get(deviceId)?.state;
    this.states.set(deviceId, { state, message, tickets, at: this.clock.now().toISOString() });
    const device = this.repos.devices.get(deviceId);
    if (device && prev !== state && (BLOCKING_STATES.includes(state) || state === 'paper_near_end')) {
      this.channel?.alert(device.branchId, deviceId, 'printer', `${device.name}: ${STATE_MESSAGES[state]}`);
    }
  }

  async checkAll(): Promise<void> {
    for (const branch of this.repos.branches.list()) {
      for (const d of this.repos.devices.list(branch.id)) {
        if (this.stopped) return;
        try {
          const p = d.kind === 'kiosk' && d.paired ? this.printerFor(d) : null;
          if (!p) continue;
          const s = await p.status();
          this.remember(d.id, s.state, s.message ?? null, s.ticketsSinceRollChange);
        } catch (err) {
          // one broken printer config must not stop the others being checked
          if (!this.stopped) this.remember(d.id, 'error', err instanceof Error ? err.message : String(err), null);
        }
      }
    }
  }

  // ---------- jobs ----------

  private buildJob(t: Ticket, jobId: string): PrintJob {
    const branch = this.repos.branches.get(t.branchId)!;
    const service = this.repos.catalog.service(t.serviceId)!;
    const priority = t.priorityCategoryId !== null ? (this.repos.catalog.priorityCategory(t.priorityCategoryId)?.name ?? null) : null;
    return {
      jobId, ticket: t, branchName: branch.name, serviceName: service.name, priorityName: priority, header: branch.ticketHeader,
      footer: branch.ticketFooter, statusUrl: this.statusUrl(t), language: t.language,
      // no window taking the service now: the paper says so instead of «найближчим часом»
      openWindows: this.repos.windows.openCountsByService(t.branchId).get(t.serviceId) ?? 0,
      // a booked visitor checked in on time: the paper gives the time, not the ordinary queue's count
      ...bookedForField(this.repos, t, branch.timeZone, this.clock.now()),
    };
  }

  /** `createdAt`: the job has no row yet (a printer the server drives): it is written now, once */
  private finish(jobId: string, kiosk: DeviceRecord, t: Ticket, o: PrintOutcome, tickets: number | null, createdAt?: string): void {
    const at = this.clock.now().toISOString();
    const state = o.outcome === 'printed' ? null : o.state;
    if (createdAt === undefined) this.repos.printJobs.set(jobId, o.outcome, o.message ?? null, at, state);
    else this.repos.printJobs.recordOutcome(jobId, t.id, kiosk.id, kiosk.id, o.outcome, state, o.message ?? null, createdAt, at);
    this.remember(kiosk.id, o.state, o.message ?? null, tickets);
    if (o.outcome !== 'printed') {
      const text = o.outcome === 'uncertain'
        ? `Талон ${t.number} міг не надрукуватися (${o.message ?? ''}): видайте його повторно`
        : `Талон ${t.number} не надруковано: ${o.message ?? ''}`;
      this.channel?.alert(kiosk.branchId, kiosk.id, o.outcome === 'uncertain' ? 'print_uncertain' : 'print_failed', text, t);
    }
  }

  /**
   * Sends a ticket to its kiosk's printer. Answers as soon as it is known whether the ticket
   * is on its way — never after an earlier ticket's paper (the printer's check after a job
   * runs in the background); when the printer cannot print, nothing is sent, the kiosk shows
   * the ticket on screen, and the failure is stored with the ticket for staff to reprint.
   */
  async print(t: Ticket, kiosk: DeviceRecord): Promise<PrintStatusView> {
    const agentId = kiosk.printAgentId;
    if (agentId !== null) {
      const known = this.states.get(agentId);
      if (!this.channel?.agentOnline(agentId)) return this.unavailable(kiosk, t, STATE_MESSAGES.no_answer, agentId, 'no_answer');
      if (known && BLOCKING_STATES.includes(known.state)) return this.unavailable(kiosk, t, STATE_MESSAGES[known.state], agentId, known.state);
      const jobId = randomUUID();
      this.repos.printJobs.create(jobId, t.id, agentId, kiosk.id, this.clock.now().toISOString());
      this.channel.sendJob(agentId, this.buildJob(t, jobId));
      this.repos.printJobs.set(jobId, 'sent', null, this.clock.now().toISOString());
      return { status: 'queued', message: null };
    }
    let printer: Printer | null;
    try {
      printer = this.printerFor(kiosk);
    } catch (err) {
      return this.unavailable(kiosk, t, `Неправильні налаштування принтера: ${err instanceof Error ? err.message : String(err)}`, kiosk.id, 'error');
    }
    if (!printer) return { status: 'none', message: null };
    if (this.stopped) return this.unavailable(kiosk, t, 'сервер зупиняється', kiosk.id, null);
    const jobId = randomUUID();
    const createdAt = this.clock.now().toISOString();
    // the printer checks itself before the job (when free) and decides; the outcome follows
    // later and is recorded then (no database write on the kiosk's request path)
    const { decision, outcome } = printer.submit(this.buildJob(t, jobId));
    this.printing.set(t.id, (this.printing.get(t.id) ?? 0) + 1);
    const run = outcome
      .then(async (o) => {
        // a job refused before printing was answered (and recorded) as «shown on screen» below
        if ((await decision).queued) this.finish(jobId, kiosk, t, o, printer.ticketsSinceRollChange, createdAt);
      })
      .catch(() => undefined) // recording the outcome failed (database closing)
      .finally(() => {
        const left = (this.printing.get(t.id) ?? 1) - 1;
        if (left > 0) this.printing.set(t.id, left);
        else this.printing.delete(t.id);
        this.inFlight.delete(run);
      });
    this.inFlight.add(run);
    const d = await decision;
    if (d.queued) return { status: 'queued', message: null };
    const reason = refusalReason(d.outcome);
    // the printer's row says its state (a blocking state's own words are not repeated under it)
    this.remember(kiosk.id, d.outcome.state, reason, printer.ticketsSinceRollChange);
    return this.unavailable(kiosk, t, reason, kiosk.id, d.outcome.state);
  }

  /**
   * The ticket will not be printed: the kiosk shows it on screen, staff are alerted, and the
   * failure is stored with the ticket.
   */
  private unavailable(kiosk: DeviceRecord, t: Ticket, reason: string, printerDeviceId: number | null, state: PrinterState | null): PrintStatusView {
    const message = `${kiosk.name}: ${reason}. Талон ${t.number} показано на екрані`;
    try {
      this.repos.printJobs.refused(randomUUID(), t.id, printerDeviceId, kiosk.id, state, message, this.clock.now().toISOString());
    } catch {
      // the database is closing (server stopping): the kiosk is still told to show the ticket
    }
    this.channel?.alert(kiosk.branchId, kiosk.id, 'print_failed', message, t);
    return { status: 'unavailable', message: `Принтер не працює (${reason}). Запишіть або сфотографуйте номер талону.` };
  }

  /** open tickets of the branch whose paper is missing (latest print attempt failed or uncertain), oldest first */
  failures(branchId: number): PrintFailureView[] {
    return this.repos.printJobs.openFailures(branchId).map((r) => ({
      ticketId: r.ticket_id, number: r.number, ticketStatus: r.ticket_status as PrintFailureView['ticketStatus'], serviceId: r.service_id,
      outcome: r.status, message: r.message, printerState: (r.printer_state as PrinterState | null) ?? null, shownOnScreen: r.shown_on_screen === 1,
      at: r.updated_at, kioskId: r.kiosk_id, kioskName: r.kiosk_name,
    }));
  }

  async afterIssue(t: Ticket, actor: Actor | null): Promise<PrintStatusView> {
    if (actor?.kind !== 'device' || actor.device.kind !== 'kiosk') return { status: 'none', message: null };
    return this.print(t, actor.device);
  }

  /** a retried issue: report how the first print went, never print twice by itself */
  statusOf(t: Ticket): PrintStatusView {
    // on its way to a printer the server drives: its row is written with the outcome
    if (this.printing.has(t.id)) return { status: 'queued', message: null };
    const last = this.repos.printJobs.ofTicket(t.id).at(-1);
    if (!last) return { status: 'none', message: null };
    if (last.status === 'failed' || last.status === 'uncertain') return { status: 'unavailable', message: last.message };
    return { status: 'queued', message: null };
  }

  /** staff: print a ticket again on the kiosk that issued it (or another kiosk) */
  async reprint(t: Ticket, kioskId: number | undefined): Promise<PrintStatusView> {
    const id = kioskId ?? this.repos.tickets.issuerDevice(t.id) ?? undefined;
    const kiosk = id !== undefined ? this.repos.devices.get(id) : undefined;
    if (!kiosk || kiosk.kind !== 'kiosk' || kiosk.branchId !== t.branchId) {
      throw new DomainError('VALIDATION', 'Вкажіть термінал з принтером, на якому надрукувати талон');
    }
    return this.print(t, kiosk);
  }

  async testPage(kiosk: DeviceRecord): Promise<PrintOutcome> {
    // a kiosk that prints through its agent (or the agent itself): the page goes over the agent's socket
    const agentId = kiosk.kind === 'print_agent' ? kiosk.id : kiosk.printAgentId;
    if (agentId !== null) {
      // the same address as on a server-driven printer's page (and on visitors' tickets)
      const qrData = `${this.config.publicUrl}/t/test-page`;
      const o = this.channel ? await this.channel.agentTestPage(agentId, { qrData, loopbackAddress: isLoopbackUrl(qrData) }) : null;
      if (!o) throw new DomainError('CONFLICT', 'Агент друку зараз не на звʼязку: запустіть його на компʼютері терміналу і спробуйте ще раз');
      this.remember(agentId, o.state, o.message ?? null, this.states.get(agentId)?.tickets ?? null);
      return o;
    }
    const printer = this.printerFor(kiosk);
    if (!printer) throw new DomainError('VALIDATION', 'У цього пристрою немає принтера, яким керує сервер');
    // the QR code leads where visitors' codes lead (EQUEUE_PUBLIC_URL or the LAN address), and
    // the page prints it as text: a technician sees a loopback address before visitors do
    const qrData = `${this.config.publicUrl}/t/test-page`;
    const o = await printer.testPage({ qrData, loopbackAddress: isLoopbackUrl(qrData) });
    this.remember(kiosk.id, o.state, o.message ?? null, printer.ticketsSinceRollChange);
    return o;
  }

  /**
   * A page that is not a ticket (a service's list of documents) on the kiosk's own printer, in
   * its queue. Print agents take tickets only: a kiosk printing through one is told so.
   */
  async printPage(kiosk: DeviceRecord, build: (paperWidth: 58 | 80) => TicketDocument): Promise<PrintOutcome> {
    if (kiosk.printAgentId !== null) throw new DomainError('CONFLICT', 'Цей термінал друкує через агента друку, а він друкує лише талони: прочитайте перелік на екрані');
    const printer = this.printerFor(kiosk);
    if (!printer) throw new DomainError('CONFLICT', 'У цього термінала немає принтера');
    const o = await printer.printDocument(build(printer.config.paperWidth));
    this.remember(kiosk.id, o.state, o.message ?? null, printer.ticketsSinceRollChange);
    return o;
  }

  /** staff changed the paper roll: the count for printers without a near-end sensor restarts */
  resetRoll(device: DeviceRecord): void {
    const agentId = device.kind === 'print_agent' ? device.id : device.printAgentId;
    if (agentId !== null) {
      if (!this.channel?.resetAgentRoll(agentId)) throw new DomainError('CONFLICT', 'Агент друку зараз не на зв\'язку: спробуйте, коли він підключиться');
      const known = this.states.get(agentId);
      if (known) this.states.set(agentId, { ...known, tickets: 0 });
      return;
    }
    const printer = this.printerFor(device);
    if (!printer) throw new DomainError('VALIDATION', 'У цього пристрою немає принтера');
    printer.resetRollCounter();
    const known = this.states.get(device.id);
    this.states.set(device.id, { state: known?.state ?? 'unknown', message: known?.message ?? null, tickets: 0, at: this.clock.now().toISOString() });
  }

  // ---------- print agents ----------

  recordAgentResult(agent: DeviceRecord, jobId: string, outcome: 'printed' | 'failed' | 'uncertain', message: string | undefined): void {
    const job = this.repos.printJobs.get(jobId);
    if (!job || job.device_id !== agent.id) throw new DomainError('NOT_FOUND', 'Завдання друку не знайдено');
    const t = this.repos.tickets.get(job.ticket_id)!;
    const kiosk = this.repos.devices.list(agent.branchId).find((d) => d.printAgentId === agent.id) ?? agent;
    const known = this.states.get(agent.id);
    this.finish(jobId, kiosk, t, { outcome, state: known?.state ?? 'unknown', ...(message ? { message } : {}) }, known?.tickets ?? null);
  }

  recordAgentStatus(agent: DeviceRecord, state: PrinterState, tickets: number | undefined): void {
    this.remember(agent.id, state, state === 'online' ? null : STATE_MESSAGES[state], tickets ?? null);
  }

  /**
   * A kiosk that was offline when a print failed would go on saying "printing…": on every
   * (re)connect it hears again of the failures of the last minutes.
   */
  recentFailuresFor(kiosk: DeviceRecord): DeviceAlert[] {
    const since = new Date(this.clock.now().getTime() - 10 * 60_000).toISOString();
    return this.repos.printJobs.failedOfDevice(kiosk.id, since).map((j) => ({
      deviceId: kiosk.id, kind: j.status === 'uncertain' ? 'print_uncertain' : 'print_failed', message: j.message ?? '', at: j.updated_at, ticketId: j.ticket_id,
    }));
  }

  /** jobs an agent has not confirmed: sent again on reconnect (the agent's journal drops repeats) */
  pendingFor(agent: DeviceRecord): PrintJob[] {
    return this.repos.printJobs.pendingForAgent(agent.id).map((j) => this.buildJob(this.repos.tickets.get(j.ticket_id)!, j.id));
  }

  printerStates(branchId: number): PrinterStateView[] {
    return this.repos.devices.list(branchId).filter((d) => d.kind === 'kiosk' || d.kind === 'print_agent').map((d) => {
      const via = d.printAgentId !== null ? 'agent' : d.printer !== null ? 'server' : d.kind === 'print_agent' ? 'agent' : 'none';
      const s = this.states.get(d.printAgentId ?? d.id);
      return {
        // the message only when it says more than the state itself (screens word the state by its code)
        deviceId: d.id, deviceName: d.name, via, state: s?.state ?? 'unknown', message: s ? beyondState(s.state, s.message) : null,
        ticketsSinceRollChange: s?.tickets ?? null, checkedAt: s?.at ?? null,
        agentOnline: d.kind === 'print_agent' ? (this.channel?.agentOnline(d.id) ?? false) : d.printAgentId !== null ? (this.channel?.agentOnline(d.printAgentId) ?? false) : null,
      };
    });
  }

  /** checks a kiosk's printer before it is stored: allowed target, known profile; a message for the admin */
  validateSettings(settings: KioskPrinterSettings): void {
    checkPrinterTarget(settings, this.allow);
    try {
      parsePrinterConfig(printerConfigFor(0, settings, this.config.dataDir));
    } catch (err) {
      throw new DomainError('VALIDATION', err instanceof Error ? err.message : String(err));
    }
  }

  /** what the admin form may offer: the installer's allow-list */
  allowedTargets(): { tcp: string[]; devices: string[] } {
    return describeAllowList(this.allow);
  }
}
