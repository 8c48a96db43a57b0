// The demo kiosk's printer pointed at a fake TCP printer on loopback, as an admin does it in
// «Пристрої» (PUT /api/devices/{id}/printer): the printer tests all start from this.
import type { Harness } from './harness';

/** the printer settings of a TCP printer at 127.0.0.1:`port` (the demo's profile and paper) */
export const tcpPrinter = (port: number, extra: Record<string, unknown> = {}) => ({
  transport: 'tcp', host: '127.0.0.1', port, profile: 'epson-cp1251', paperWidth: 80, timeoutMs: 3000, ...extra,
});

/** Finds the demo kiosk and gives it the fake printer at `port`; throws when either step fails. */
export async function kioskOnFakePrinter(h: Harness, adminCookie: string, port: number): Promise<{ id: number; name: string }> {
  const devices = (await h.http('GET', '/api/branches/1/devices', { cookie: adminCookie })).body as { id: number; kind: string; name: string }[];
  const kiosk = devices.find((d) => d.kind === 'kiosk');
  if (!kiosk) throw new Error('the demo centre has no kiosk');
  const put = await h.http('PUT', `/api/devices/${kiosk.id}/printer`, { cookie: adminCookie, body: { printer: tcpPrinter(port, { settleMs: 50 }) } });
  if (put.status !== 200) throw new Error(`setting the kiosk's printer: ${put.status} ${JSON.stringify(put.body)}`);
  return { id: kiosk.id, name: kiosk.name };
}
