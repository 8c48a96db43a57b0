// Rows of the route table (schema half) for printers: reprint, printer states and settings, test page, roll changed, print failures.
import { z } from 'zod';
import { NoBody, optionalBody, type ContractRows } from '../contract';
import { PrinterProfileSchema, PrinterTargetsSchema, PrintFailureViewSchema, ReprintBody, TestPageOutcomeSchema } from '../printing';
import { PrinterStateViewSchema, ReprintResponseSchema, RollChangedResponseSchema } from '../responses';
import { BranchParams, IdParams, SetDevicePrinterBody, TicketParams } from '../schemas';
import { AdminDeviceSchema } from './config';

export const PRINTING_CONTRACT = {
  reprintTicket: { summary: 'Надрукувати талон повторно', params: TicketParams, body: optionalBody(ReprintBody), response: ReprintResponseSchema },
  listPrinters: { summary: 'Стан принтерів офісу', params: BranchParams, response: z.array(PrinterStateViewSchema) },
  listPrintFailures: {
    summary: 'Талони, що не надрукувалися (показані лише на екрані): надрукуйте їх повторно',
    params: BranchParams,
    response: z.array(PrintFailureViewSchema),
  },
  listPrinterProfiles: { summary: 'Готові профілі принтерів (кодова сторінка, номер ESC t, режим)', response: z.array(PrinterProfileSchema) },
  listPrinterTargets: { summary: 'Принтери, дозволені налаштуваннями сервера (адреси tcp і пристрої /dev)', response: PrinterTargetsSchema },
  printTestPage: { summary: 'Тестова сторінка', params: IdParams, body: NoBody, response: TestPageOutcomeSchema },
  markRollChanged: { summary: 'Рулон замінено: скинути лічильник', params: IdParams, body: NoBody, response: RollChangedResponseSchema },
  setDevicePrinter: {
    summary: 'Принтер терміналу: яким керує сервер (printer) або агент друку (printAgentId)',
    params: IdParams,
    body: SetDevicePrinterBody,
    // the kiosk as the admin sees it now, so the form shows what was saved
    response: AdminDeviceSchema,
  },
} as const satisfies ContractRows;
