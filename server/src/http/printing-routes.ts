// Printers: reprint a ticket, see each printer's state, send a test page, set a kiosk's
// printer, mark a roll change. Rows: contracts/src/api/printing.ts.
import type { DeviceRecord } from '@cherha/db';
import { authorize } from '../auth/actor';
import { PRESET_NAMES, PRESETS } from '@cherha/printer';
import { DomainError, notFound } from '../errors';
import { deviceView } from './device-view';
import type { App, Services } from './context';
import { beyondState } from '../printing/state-words';
import { requireTextsPrintableOn } from './printable';
import { route } from './route';

const tags = ['printing'];

export function printingRoutes(app: App, s: Services): void {
  const device = (id: number): DeviceRecord => {
    const d = s.repos.devices.get(id);
    if (!d) throw notFound('Пристрій');
    return d;
  };

  route(app, 'reprintTicket', async (req) => {
    const t = s.repos.tickets.get(req.params.ticketId);
    if (!t) throw notFound('Талон');
    authorize(req.actor, t.branchId, { role: 'operator' }, 'Талон');
    return { print: await s.printing.reprint(t, req.body.kioskId) };
  }, { tags });

  route(app, 'listPrinters', async (req) => {
    authorize(req.actor, req.params.branchId, { role: 'operator' });
    return s.printing.printerStates(req.params.branchId);
  }, { tags });

  route(app, 'listPrintFailures', async (req) => {
    authorize(req.actor, req.params.branchId, { role: 'operator' });
    if (!s.repos.branches.get(req.params.branchId)) throw notFound('Офіс');
    return s.printing.failures(req.params.branchId);
  }, { tags });

  route(app, 'listPrinterProfiles', async (req) => {
    authorize(req.actor, null, { role: 'admin' });
    return PRESET_NAMES.map((name) => {
      const p = PRESETS[name];
      return { name, mode: p.mode, codePage: p.codePage, codePageNumber: p.codePageNumber, cancelChineseMode: p.cancelChineseMode };
    });
  }, { tags });

  route(app, 'listPrinterTargets', async (req) => {
    authorize(req.actor, null, { role: 'admin' });
    return s.printing.allowedTargets();
  }, { tags });

  route(app, 'printTestPage', async (req) => {
    const d = device(req.params.id);
    authorize(req.actor, d.branchId, { role: 'admin' }, 'Пристрій');
    // the outcome and the state's code; not the virtual printer's preview path (a file on the server)
    const o = await s.printing.testPage(d);
    const message = beyondState(o.state, o.message);
    return message === null ? { outcome: o.outcome, state: o.state } : { outcome: o.outcome, state: o.state, message };
  }, { tags });

  route(app, 'markRollChanged', async (req) => {
    const d = device(req.params.id);
    authorize(req.actor, d.branchId, { role: 'supervisor' }, 'Пристрій');
    s.printing.resetRoll(d);
    return { ok: true as const };
  }, { tags });

  route(app, 'setDevicePrinter', async (req) => {
    const d = device(req.params.id);
    authorize(req.actor, d.branchId, { role: 'admin' }, 'Пристрій');
    if (d.kind !== 'kiosk') throw new DomainError('VALIDATION', 'Принтер налаштовується для терміналу');
    if (req.body.printer !== null) {
      s.printing.validateSettings(req.body.printer);
      // a narrower code page than before: the office's names and texts must still print
      requireTextsPrintableOn(s.repos, d, req.body.printer);
    }
    if (req.body.printAgentId !== null) {
      const agent = s.repos.devices.get(req.body.printAgentId);
      if (!agent || agent.kind !== 'print_agent' || agent.branchId !== d.branchId) throw notFound('Агент друку');
    }
    s.repos.devices.setPrinter(d.id, req.body.printer, req.body.printAgentId);
    return deviceView(s.repos.devices.get(d.id)!);
  }, { tags });
}
