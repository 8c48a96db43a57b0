// Printers: reprint a ticket, see each printer's state, send a test page, set a kiosk's
// printer, mark a roll change.
import { z } from 'zod';
import { BranchParams, Id, IdParams, SetDevicePrinterBody, TicketParams, type PrintFailureView, type ReprintResponse, type RollChangedResponse } from '@cherha/contracts';
import type { DeviceRecord } from '@cherha/db';
import { authorize } from '../auth/actor';
import { PRESET_NAMES, PRESETS } from '@cherha/printer';
import { DomainError, notFound } from '../errors';
import { deviceView } from './device-view';
import type { App, Services } from './context';
import { NoBody, optionalBody } from './bodies';
import { requireTextsPrintableOn } from './printable';

const tags = ['printing'];

export function printingRoutes(app: App, s: Services): void {
  const device = (id: number): DeviceRecord => {
    const d = s.repos.devices.get(id);
    if (!d) throw notFound('Пристрій');
    return d;
  };

  app.post('/api/tickets/:ticketId/reprint', {
    schema: {
      operationId: 'reprintTicket', tags, summary: 'Надрукувати талон повторно', params: TicketParams,
      body: optionalBody(z.object({ kioskId: Id.optional() }).strict()),
    },
  }, async (req) => {
    const t = s.repos.tickets.get(req.params.ticketId);
    if (!t) throw notFound('Талон');
    authorize(req.actor, t.branchId, { role: 'operator' }, 'Талон');
    const body: ReprintResponse = { print: await s.printing.reprint(t, req.body.kioskId) };
    return body;
  });

  app.get('/api/branches/:branchId/printers', {
    schema: { operationId: 'listPrinters', tags, summary: 'Стан принтерів офісу', params: BranchParams },
  }, async (req) => {
    authorize(req.actor, req.params.branchId, { role: 'operator' });
    return s.printing.printerStates(req.params.branchId);
  });

  app.get('/api/branches/:branchId/print-failures', {
    schema: { operationId: 'listPrintFailures', tags, summary: 'Талони, що не надрукувалися (показані лише на екрані): надрукуйте їх повторно', params: BranchParams },
  }, async (req) => {
    authorize(req.actor, req.params.branchId, { role: 'operator' });
    if (!s.repos.branches.get(req.params.branchId)) throw notFound('Офіс');
    const body: PrintFailureView[] = s.printing.failures(req.params.branchId);
    return body;
  });

  app.get('/api/printer-profiles', {
    schema: { operationId: 'listPrinterProfiles', tags, summary: 'Готові профілі принтерів (кодова сторінка, номер ESC t, режим)' },
  }, async (req) => {
    authorize(req.actor, null, { role: 'admin' });
    return PRESET_NAMES.map((name) => {
      const p = PRESETS[name];
      return { name, mode: p.mode, codePage: p.codePage, codePageNumber: p.codePageNumber, cancelChineseMode: p.cancelChineseMode };
    });
  });

  app.get('/api/printer-targets', {
    schema: { operationId: 'listPrinterTargets', tags, summary: 'Принтери, дозволені налаштуваннями сервера (адреси tcp і пристрої /dev)' },
  }, async (req) => {
    authorize(req.actor, null, { role: 'admin' });
    return s.printing.allowedTargets();
  });

  app.post('/api/devices/:id/test-page', {
    schema: { operationId: 'printTestPage', tags, summary: 'Тестова сторінка', params: IdParams, body: NoBody },
  }, async (req) => {
    const d = device(req.params.id);
    authorize(req.actor, d.branchId, { role: 'admin' }, 'Пристрій');
    return s.printing.testPage(d);
  });

  app.post('/api/devices/:id/roll-changed', {
    schema: { operationId: 'markRollChanged', tags, summary: 'Рулон замінено: скинути лічильник', params: IdParams, body: NoBody },
  }, async (req) => {
    const d = device(req.params.id);
    authorize(req.actor, d.branchId, { role: 'supervisor' }, 'Пристрій');
    s.printing.resetRoll(d);
    const body: RollChangedResponse = { ok: true };
    return body;
  });

  app.put('/api/devices/:id/printer', {
    schema: {
      operationId: 'setDevicePrinter', tags, summary: 'Принтер терміналу: яким керує сервер (printer) або агент друку (printAgentId)', params: IdParams,
      body: SetDevicePrinterBody,
    },
  }, async (req) => {
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
  });
}
