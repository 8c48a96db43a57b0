// Where the print agent keeps what it must remember between starts: the device token, the
// server's address and the printer options given at pairing (agent.json), the job journal and
// the roll counter. One fixed folder per user, so `npm run print-agent` started from any
// directory (by hand, autostart or a service) finds the same pairing:
//   Windows: %APPDATA%\cherha\print-agent    elsewhere: ~/.config/cherha/print-agent
// $CHERHA_STATE_DIR (or --state-dir) puts it elsewhere (a system service: /var/lib/…).
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, win32 } from 'node:path';

export const STATE_DIR_ENV = 'CHERHA_STATE_DIR';

export function defaultStateDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = homedir()): string {
  const override = env[STATE_DIR_ENV];
  if (override) return override;
  if (platform === 'win32') return win32.join(env.APPDATA || win32.join(home, 'AppData', 'Roaming'), 'cherha', 'print-agent');
  return join(home, '.config', 'cherha', 'print-agent');
}

export const tokenFile = (dir: string): string => join(dir, 'token');
export const settingsFile = (dir: string): string => join(dir, 'agent.json');

/** the token and the settings are the agent's own: nobody else on the PC reads them */
export function writePrivate(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, text, { mode: 0o600 });
  chmodSync(tmp, 0o600);
  renameSync(tmp, file);
}

export function storeToken(dir: string, token: string): void {
  writePrivate(tokenFile(dir), `${token}\n`);
}

/** option name (as on the command line) → value, e.g. { server: 'http://…', transport: 'tcp' } */
export type SavedSettings = Record<string, string>;

export function readSettings(dir: string): SavedSettings {
  const file = settingsFile(dir);
  if (!existsSync(file)) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new Error(`Файл налаштувань ${file} пошкоджено: видаліть його і сполучіть агента знову (npm run print-agent -- pair <код> --server <адреса>)`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  return Object.fromEntries(Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

export function saveSettings(dir: string, settings: SavedSettings): void {
  writePrivate(settingsFile(dir), `${JSON.stringify(settings, null, 2)}\n`);
}
