// Loads the configuration, opens the store and listens. Everything else is in app.ts.
import { createApp } from './app';
import { DEMO_TOKENS } from './demo';
import { isLoopbackUrl } from './public-url';
import { DemoPasswordError } from './auth/demo-guard';

let cherha: Awaited<ReturnType<typeof createApp>>;
try {
  cherha = await createApp();
} catch (err) {
  // a refusal a person must act on (demo passwords, bad settings): the message, not a stack
  if (err instanceof DemoPasswordError || (err instanceof Error && err.message.startsWith('Invalid configuration'))) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}
const base = await cherha.start();
const { config, services } = cherha;
const url = config.publicUrl || base;
const branch = services.repos.branches.list()[0];
const lines = [
  '',
  '«Черга» працює / is running',
  `  Оператор / operator:   ${url}/operator/`,
  branch && config.demoDevices ? `  Термінал / kiosk:      ${url}/kiosk/?token=${DEMO_TOKENS.kiosk}&branch=${branch.id}` : `  Термінал / kiosk:      ${url}/kiosk/`,
  branch && config.demoDevices ? `  Табло / board:         ${url}/board/?token=${DEMO_TOKENS.display}&branch=${branch.id}` : `  Табло / board:         ${url}/board/`,
  `  Запис / booking:       ${url}/book/`,
  branch ? `  Завантаженість / load: ${url}/load/${branch.id}` : '',
  `  API docs:              ${url}/docs`,
  `  База даних / database: ${config.dbPath}`,
  config.demo ? '  Демо-входи: admin / admin12345, supervisor / super12345, operator1 / operator123' : '',
  '',
  isLoopbackUrl(config.publicUrl)
    ? `  УВАГА / WARNING: адреса ${config.publicUrl} доступна лише на цьому компʼютері. QR-коди талонів і сторінки талонів
    не відкриються на телефонах відвідувачів. Задайте EQUEUE_PUBLIC_URL=http://<адреса сервера в мережі>:${config.port}
    (the public address is a loopback one: QR codes on tickets will not open on visitors' phones; set EQUEUE_PUBLIC_URL)
`
    : '',
];
console.log(lines.filter((l) => l !== '').join('\n'));

// a stray rejected promise (a printer that vanished mid-check) must not stop the queue of a
// whole centre: log it and go on; thrown exceptions still end the process (systemd restarts it)
process.on('unhandledRejection', (reason) => cherha.app.log.error({ err: reason }, 'unhandled rejection'));

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void cherha.close().then(() => process.exit(0));
  });
}
