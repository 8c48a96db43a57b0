// The demo centre on first start: «ЦНАП (демо)» with real services, ten windows, staff
// with the README's logins, and pre-paired demo devices (kiosk, board, print agent)
// whose well-known tokens work only while EQUEUE_DEMO_DEVICES is on.
import { DEFAULT_RATING_SETTINGS } from '@cherha/contracts';
import type { Repos, DemoCategory } from '@cherha/db';
import { demoCentre } from '@cherha/db';
import { hashPasswordSync, tokenHash } from './auth/secrets';

export const DEMO_TOKENS = { kiosk: 'demo-kiosk-token', display: 'demo-display-token', print_agent: 'demo-agent-token' } as const;

/** Seeds an empty database; returns the new branch id, or null if data already exists. */
export function seedDemo(repos: Repos, now: Date): number | null {
  if (repos.branches.list().length > 0) return null;
  return repos.db.transaction(() => {
    const d = demoCentre;
    const branchId = repos.branches.create({
      name: d.name, address: d.address, timeZone: 'Europe/Kyiv',
      strategy: { name: 'aging', ordinaryPerPriority: 2, priorityBonusMinutes: 20 }, targetWaitMinutes: 15,
      ticketHeader: d.ticketHeader, ticketFooter: d.ticketFooter,
      // open around the clock so the demo works at any hour; real centres set their week here
      hours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '24:00' })),
      exceptions: [], active: true,
    });
    const serviceIds = new Map<string, number>();
    let order = 0;
    const addCategory = (c: DemoCategory, parentId: number | null) => {
      const id = repos.catalog.createCategory(branchId, { parentId, name: c.name, sortOrder: order++ });
      for (const s of c.services ?? []) {
        serviceIds.set(
          s.key,
          repos.catalog.createService(branchId, {
            categoryId: id, name: s.name, prefix: s.prefix, rangeStart: 1, rangeEnd: 999, dailyCap: s.dailyCap, opensAt: null,
            closesAt: null, stopIssuingMinutesBeforeClose: s.stopIssuingMinutesBeforeClose, expectedMinutes: s.expectedMinutes,
            active: true, sortOrder: order++,
          }),
        );
      }
      for (const child of c.children ?? []) addCategory(child, id);
    };
    for (const c of d.categories) addCategory(c, null);
    for (const w of d.windows) {
      repos.windows.create(branchId, {
        label: w.label, name: w.name, active: true,
        services: w.services.map((s) => ({ serviceId: serviceIds.get(s.key)!, level: s.level })),
      });
    }
    for (const p of d.priorityCategories) repos.catalog.createPriorityCategory(branchId, { name: p, active: true });
    // visitor rating as a new centre starts: «задоволений / незадоволений», reason chips, until the day ends
    repos.ratings.saveSettings(branchId, DEFAULT_RATING_SETTINGS);
    for (const u of d.users) {
      repos.people.create({ branchId: u.role === 'admin' ? null : branchId, login: u.login, name: u.name, role: u.role, passwordHash: hashPasswordSync(u.password), active: true });
    }
    const at = now.toISOString();
    repos.devices.create({ branchId, kind: 'print_agent', name: 'Демо агент друку', tokenHash: tokenHash(DEMO_TOKENS.print_agent), pairedAt: at, isDemo: true });
    const kioskId = repos.devices.create({ branchId, kind: 'kiosk', name: 'Демо термінал', tokenHash: tokenHash(DEMO_TOKENS.kiosk), pairedAt: at, isDemo: true });
    repos.devices.setPrinter(kioskId, { transport: 'virtual', profile: 'epson-cp1251', paperWidth: 80 }, null);
    repos.devices.create({ branchId, kind: 'display', name: 'Демо табло', tokenHash: tokenHash(DEMO_TOKENS.display), pairedAt: at, isDemo: true });
    return branchId;
  })();
}
