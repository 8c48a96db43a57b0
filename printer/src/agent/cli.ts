#!/usr/bin/env -S npx tsx
// cherha print agent: runs on the PC inside a kiosk, drives its USB/serial printer.
// Once, with the 8-digit code from «Адміністрування → Пристрої» (the kiosk's printer dialog):
//   npm run print-agent -- pair 12345678 --server http://192.168.1.10:3000 \
//       --transport usb --path /dev/cherha-printer --profile clone-cp1251-73 --paper 80
// That stores the token, the server address and the printer options in the agent's folder
// (state.ts: %APPDATA%\cherha\print-agent, ~/.config/cherha/print-agent) and starts printing.
// Afterwards (autostart, service): `npm run print-agent`. Other commands: test-page, status,
// reset-roll, where. Every option also has an environment variable: see --help.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createPrinter } from '../printer';
import { createAgent } from './agent';
import { pairWithCode, resolveToken } from './pairing';
import { defaultStateDir, readSettings, saveSettings, settingsFile, STATE_DIR_ENV, storeToken, tokenFile, type SavedSettings } from './state';

/** the usual device file of the first USB printer on Linux (the usblp driver) */
const DEFAULT_USB_PATH = '/dev/usb/lp0';
const OPTIONS = {
  server: { type: 'string', env: 'CHERHA_SERVER_URL', help: 'server URL, e.g. https://cherha.example' },
  token: { type: 'string', env: 'CHERHA_DEVICE_TOKEN', help: 'device token (or use --pair-code once)' },
  'pair-code': { type: 'string', env: 'CHERHA_PAIRING_CODE', help: 'one-time 8-digit code (same as the pair command, for a service\'s first start)' },
  'state-dir': { type: 'string', env: STATE_DIR_ENV, help: `token, settings, job journal, roll counter (default ${defaultStateDir({})})` },
  transport: { type: 'string', env: 'CHERHA_PRINTER_TRANSPORT', help: 'usb | serial | tcp | file | virtual (default usb, at --path or /dev/usb/lp0)' },
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
  'test-page': { type: 'boolean', env: '', help: 'same as the test-page command' },
  status: { type: 'boolean', env: '', help: 'same as the status command' },
  'reset-roll': { type: 'boolean', env: '', help: 'same as the reset-roll command' },
  help: { type: 'boolean', env: '', help: 'this text' },
} as const;

type Key = keyof typeof OPTIONS;
type Flag = 'help' | 'test-page' | 'status' | 'reset-roll';
type StringKey = Exclude<Key, Flag>;

/** remembered at pairing: where the server is and how the printer is attached */
const SAVED: readonly StringKey[] = [
  'server', 'transport', 'path', 'host', 'port', 'baud', 'flow', 'profile', 'code-page-number', 'paper', 'near-end-after', 'output-dir', 'status-interval',
];

const COMMANDS = `commands:
  pair <code>   pair this PC with the 8-digit code from the admin page (needs --server once),
                remember the server and the printer options, then start printing
  run           start printing (the default; uses what pair remembered)
  test-page     print the test page (all Ukrainian letters, profile, ESC t) and exit
  status        print the printer state and exit
  reset-roll    a new paper roll was put in: reset the ticket counter and exit
  where         show the agent's folder (token, settings, journal) and exit`;

function usage(): string {
  return [
    'cherha print agent — npm run print-agent -- <command> [options]',
    '',
    COMMANDS,
    '',
    'options:',
    ...Object.entries(OPTIONS).map(([k, o]) => `  --${k.padEnd(18)} ${o.env ? `[$${o.env}] ` : ''}${o.help}`),
  ].join('\n');
}

function toInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n)) throw new Error(`--${name} must be a whole number, got "${value}"`);
  return n;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: Object.fromEntries(Object.entries(OPTIONS).map(([k, o]) => [k, { type: o.type }])) as Record<Key, { type: 'string' | 'boolean' }>,
    strict: true,
    allowPositionals: true,
  });
  if (values.help) {
    console.log(usage());
    return;
  }
  const [command = 'run', ...rest] = positionals;
  const flagCommand = values['test-page'] ? 'test-page' : values.status ? 'status' : values['reset-roll'] ? 'reset-roll' : null;
  const cmd = flagCommand ?? command;
  if (!['pair', 'run', 'test-page', 'status', 'reset-roll', 'where'].includes(cmd)) throw new Error(`unknown command "${cmd}"\n\n${usage()}`);
  if (cmd === 'pair' && (rest.length !== 1 || !/^\d{8}$/.test(rest[0]!.replace(/\s/g, '')))) {
    throw new Error('pair needs the 8-digit code from the admin page: npm run print-agent -- pair 12345678 --server http://SERVER:3000');
  }
  if (cmd !== 'pair' && rest.length > 0) throw new Error(`unexpected "${rest.join(' ')}"\n\n${usage()}`);

  const stateDir = typeof values['state-dir'] === 'string' ? values['state-dir'] : defaultStateDir();
  // agents before the per-user folder kept their state in ./data/print-agent: say where it went
  const legacy = join('data', 'print-agent');
  if (cmd !== 'pair' && !existsSync(tokenFile(stateDir)) && existsSync(tokenFile(legacy))) {
    console.warn(`[print-agent] a token from an older version is in ${legacy}; the agent now keeps it in ${stateDir}: move the files there, or set ${STATE_DIR_ENV}=${legacy}`);
  }
  if (cmd === 'where') {
    console.log(stateDir);
    return;
  }
  const saved: SavedSettings = readSettings(stateDir);
  // the command line wins, then the environment (a service), then what pairing remembered
  const given = (k: StringKey): string | undefined => {
    const v = values[k];
    return typeof v === 'string' ? v : process.env[OPTIONS[k].env] || undefined;
  };
  const get = (k: StringKey): string | undefined => given(k) ?? saved[k];

  const preset = get('profile') ?? 'epson-cp1251';
  const escT = toInt('code-page-number', get('code-page-number'));
  const paper = toInt('paper', get('paper')) ?? 80;
  if (paper !== 58 && paper !== 80) throw new Error('--paper must be 58 or 80');
  const transport = (get('transport') ?? 'usb') as 'usb';
  // a USB receipt printer on Linux is /dev/usb/lp0 (usblp) unless told otherwise: pairing with
  // just the code works, and a printer that is not there shows as offline in the admin section
  const path = get('path') ?? (transport === 'usb' ? DEFAULT_USB_PATH : undefined);
  const printer = createPrinter({
    transport,
    ...(path ? { path } : {}),
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
  if (cmd === 'test-page' || cmd === 'status' || cmd === 'reset-roll') {
    if (cmd === 'reset-roll') printer.resetRollCounter();
    const result = cmd === 'test-page' ? await printer.testPage() : await printer.status();
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  const server = get('server');
  if (!server) throw new Error(`Вкажіть адресу сервера: --server http://SERVER:3000 (або $CHERHA_SERVER_URL)\n\n${usage()}`);
  let token: string;
  if (cmd === 'pair') {
    const paired = await pairWithCode(server, rest[0]!.replace(/\s/g, ''));
    token = paired.token;
    storeToken(stateDir, token);
    // the next start needs no options: the server and the printer are remembered
    saveSettings(stateDir, { ...saved, ...Object.fromEntries(SAVED.flatMap((k) => (given(k) !== undefined ? [[k, given(k)!]] : []))) });
    console.info(`[print-agent] підключено як «${paired.device.name ?? 'агент друку'}»; токен і налаштування: ${stateDir}`);
    console.info(`[print-agent] надалі запускайте без коду: npm run print-agent (налаштування: ${settingsFile(stateDir)})`);
  } else {
    token = await resolveToken({ serverUrl: server, tokenFile: tokenFile(stateDir), ...(get('token') ? { token: get('token') } : {}), ...(get('pair-code') ? { pairingCode: get('pair-code') } : {}) });
  }

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
