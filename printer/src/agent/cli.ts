#!/usr/bin/env -S npx tsx
// cherha print agent: runs on the PC inside a kiosk, drives its USB/serial printer.
//   npx tsx printer/src/agent/cli.ts --server https://cherha.example --pair-code 123456 \
//       --transport usb --path /dev/cherha-printer --profile clone-cp1251-73 --paper 80
// Every option also has an environment variable (for the systemd unit): see --help.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createPrinter } from '../printer';
import { createAgent } from './agent';
import { resolveToken } from './pairing';

const OPTIONS = {
  server: { type: 'string', env: 'CHERHA_SERVER_URL', help: 'server URL, e.g. https://cherha.example' },
  token: { type: 'string', env: 'CHERHA_DEVICE_TOKEN', help: 'device token (or use --pair-code once)' },
  'pair-code': { type: 'string', env: 'CHERHA_PAIRING_CODE', help: 'one-time pairing code from the admin page' },
  'state-dir': { type: 'string', env: 'CHERHA_STATE_DIR', help: 'token, job journal, roll counter (default ./data/print-agent)' },
  transport: { type: 'string', env: 'CHERHA_PRINTER_TRANSPORT', help: 'usb | serial | tcp | file | virtual (default usb)' },
  path: { type: 'string', env: 'CHERHA_PRINTER_PATH', help: 'device path: /dev/cherha-printer, /dev/ttyUSB0 …' },
  host: { type: 'string', env: 'CHERHA_PRINTER_HOST', help: 'tcp printer host' },
  port: { type: 'string', env: 'CHERHA_PRINTER_PORT', help: 'tcp port (default 9100)' },
  baud: { type: 'string', env: 'CHERHA_PRINTER_BAUD', help: 'serial baud rate (default 9600)' },
  flow: { type: 'string', env: 'CHERHA_PRINTER_FLOW', help: 'serial flow control: none | rtscts | xonxoff' },
  profile: { type: 'string', env: 'CHERHA_PRINTER_PROFILE', help: 'epson-cp1251 | epson-cp1125 | clone-cp1251-73 | clone-cp1251-23 | raster' },
  'code-page-number': { type: 'string', env: 'CHERHA_PRINTER_ESC_T', help: 'override the ESC t number of the profile' },
  paper: { type: 'string', env: 'CHERHA_PAPER_WIDTH', help: '80 | 58 (default 80)' },
  'near-end-after': { type: 'string', env: 'CHERHA_TICKETS_PER_ROLL', help: 'tickets per roll: warn from this count on' },
  'output-dir': { type: 'string', env: 'CHERHA_OUTPUT_DIR', help: 'virtual printer: PNG folder' },
  'status-interval': { type: 'string', env: 'CHERHA_STATUS_INTERVAL_S', help: 'idle status report period in s (30–60, default 45)' },
  'test-page': { type: 'boolean', env: '', help: 'print the test page (all Ukrainian letters, profile, ESC t) and exit' },
  status: { type: 'boolean', env: '', help: 'print the printer state and exit' },
  'reset-roll': { type: 'boolean', env: '', help: 'a new paper roll was put in: reset the ticket counter and exit' },
  help: { type: 'boolean', env: '', help: 'this text' },
} as const;

type Key = keyof typeof OPTIONS;

function usage(): string {
  return ['cherha print agent', ...Object.entries(OPTIONS).map(([k, o]) => `  --${k.padEnd(18)} ${o.env ? `[$${o.env}] ` : ''}${o.help}`)].join('\n');
}

function toInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n)) throw new Error(`--${name} must be a whole number, got "${value}"`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: Object.fromEntries(Object.entries(OPTIONS).map(([k, o]) => [k, { type: o.type }])) as Record<Key, { type: 'string' | 'boolean' }>,
    strict: true,
  });
  if (values.help) {
    console.log(usage());
    return;
  }
  const get = (k: Exclude<Key, 'help' | 'test-page' | 'status' | 'reset-roll'>): string | undefined => {
    const v = values[k];
    return typeof v === 'string' ? v : process.env[OPTIONS[k].env] || undefined;
  };
  const stateDir = get('state-dir') ?? join('data', 'print-agent');
  const preset = get('profile') ?? 'epson-cp1251';
  const escT = toInt('code-page-number', get('code-page-number'));
  const paper = toInt('paper', get('paper')) ?? 80;
  if (paper !== 58 && paper !== 80) throw new Error('--paper must be 58 or 80');
  const printer = createPrinter({
    transport: (get('transport') ?? 'usb') as 'usb',
    ...(get('path') ? { path: get('path') } : {}),
    ...(get('host') ? { host: get('host') } : {}),
    ...(toInt('port', get('port')) !== undefined ? { port: toInt('port', get('port')) } : {}),
    ...(toInt('baud', get('baud')) !== undefined ? { baudRate: toInt('baud', get('baud')) } : {}),
    ...(get('flow') ? { flowControl: get('flow') as 'none' } : {}),
    profile: escT === undefined ? preset : { preset, codePageNumber: escT },
    paperWidth: paper,
    ...(get('output-dir') ? { outputDir: get('output-dir') } : {}),
    ...(toInt('near-end-after', get('near-end-after')) !== undefined ? { nearEndAfterTickets: toInt('near-end-after', get('near-end-after')) } : {}),
    rollCounterFile: join(stateDir, 'roll.json'),
  });
  // on-site setup helpers: no server needed
  if (values['test-page'] || values.status || values['reset-roll']) {
    if (values['reset-roll']) printer.resetRollCounter();
    const result = values['test-page'] ? await printer.testPage() : await printer.status();
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  const server = get('server');
  if (!server) throw new Error(`--server (or $CHERHA_SERVER_URL) is required\n\n${usage()}`);
  const token = await resolveToken({ serverUrl: server, tokenFile: join(stateDir, 'token'), ...(get('token') ? { token: get('token') } : {}), ...(get('pair-code') ? { pairingCode: get('pair-code') } : {}) });

  const intervalS = toInt('status-interval', get('status-interval')) ?? 45;
  const agent = createAgent({ serverUrl: server, token, printer, statusIntervalMs: Math.min(60, Math.max(30, intervalS)) * 1000, journalFile: join(stateDir, 'jobs.json') });
  agent.start();
  console.info(`[print-agent] printer ${printer.config.transport} ${printer.config.path ?? printer.config.host ?? ''} profile ${printer.profile.name}`);
  const shutdown = (): void => {
    void agent.stop().then(() => process.exit(0));
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

main().catch((err: unknown) => {
  console.error(`[print-agent] ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
