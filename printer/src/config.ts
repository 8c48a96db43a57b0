// createPrinter's configuration, validated with zod so a typo in a kiosk's config file gives
// a clear message instead of a printer that silently never prints.
import { z } from 'zod';
import { ProfileFields, ProfileSpec } from './profile';

export const TRANSPORTS = ['virtual', 'tcp', 'serial', 'usb', 'file', 'memory'] as const;
export type TransportName = (typeof TRANSPORTS)[number];

const FullProfile = ProfileFields.extend({ name: z.string().min(1) }).strict();

export const PrinterConfig = z
  .object({
    transport: z.enum(TRANSPORTS),
    host: z.string().min(1).optional(),
    port: z.number().int().min(1).max(65535).optional(),
    path: z.string().min(1).optional(),
    baudRate: z.number().int().min(300).max(921_600).optional(),
    flowControl: z.enum(['none', 'rtscts', 'xonxoff']).optional(),
    profile: z.union([ProfileSpec, FullProfile]),
    paperWidth: z.union([z.literal(58), z.literal(80)]),
    /** virtual printer: where the PNG previews go */
    outputDir: z.string().min(1).optional(),
    /** virtual printer: previews older than this many hours are deleted (unset: kept) */
    previewKeepHours: z.number().min(0.01).max(24 * 3650).optional(),
    /** connect timeout and status reply timeout (ms) */
    timeoutMs: z.number().int().min(10).max(120_000).optional(),
    /** wait after sending a job before the after-job status check, so the ticket is out (ms) */
    settleMs: z.number().int().min(0).max(30_000).optional(),
    /** tickets per roll: the count since the last roll change reports paper_near_end from here */
    nearEndAfterTickets: z.number().int().min(1).max(1_000_000).optional(),
    /** keep the roll count across restarts */
    rollCounterFile: z.string().min(1).optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.transport === 'tcp' && !c.host) ctx.addIssue({ code: 'custom', path: ['host'], message: 'для мережевого принтера (tcp) потрібна адреса (host)' });
    if ((c.transport === 'serial' || c.transport === 'usb' || c.transport === 'file') && !c.path) {
      ctx.addIssue({ code: 'custom', path: ['path'], message: `для підключення ${c.transport} потрібен шлях до пристрою (path), напр. ${c.transport === 'serial' ? '/dev/ttyUSB0' : c.transport === 'usb' ? '/dev/usb/lp0' : '/tmp/ticket.bin'}` });
    }
  });
export type PrinterConfigInput = z.input<typeof PrinterConfig>;
export type PrinterConfig = z.output<typeof PrinterConfig>;

export function parsePrinterConfig(input: unknown): PrinterConfig {
  const parsed = PrinterConfig.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'config'}: ${i.message}`).join('; ');
    throw new Error(`Неправильні налаштування принтера: ${issues}`);
  }
  return parsed.data;
}
