// What the admin section warns about, at the API: the public address and whether only the
// server's own computer can open it (GET /api/admin/public-address), and the switched-on
// services no switched-on window serves (GET /api/branches/:id/unserved-services) — the same
// rule the kiosk uses to hide them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../src/harness';

describe('public address', () => {
  it('a loopback address is said to be one, with the LAN address to set instead when the server has one', async () => {
    const h = await startHarness();
    try {
      const admin = await h.login('admin', 'admin12345');
      const r = await h.http('GET', '/api/admin/public-address', { cookie: admin });
      expect(r.status).toBe(200);
      expect(r.body.publicUrl).toBe('http://localhost:3000');
      expect(r.body.loopback).toBe(true);
      if (r.body.suggestedUrl !== null) {
        expect(r.body.suggestedUrl).toMatch(/^http:\/\/[\d.]+:3000$/);
        expect(r.body.suggestedUrl).not.toMatch(/^http:\/\/127\./);
      }
      // staff below admin and strangers learn nothing
      expect((await h.http('GET', '/api/admin/public-address', { cookie: await h.login('supervisor', 'super12345') })).status).toBe(403);
      expect((await h.http('GET', '/api/admin/public-address')).status).toBe(401);
    } finally {
      await h.close();
    }
  });

  it('an address of the office network is not warned about', async () => {
    const h = await startHarness({ config: { publicUrl: 'http://192.168.10.5:3000' } });
    try {
      const r = await h.http('GET', '/api/admin/public-address', { cookie: await h.login('admin', 'admin12345') });
      expect(r.body).toEqual({ publicUrl: 'http://192.168.10.5:3000', loopback: false, suggestedUrl: null });
    } finally {
      await h.close();
    }
  });
});

describe('services no window serves', () => {
  let h: Harness;
  let admin: string;
  beforeAll(async () => {
    h = await startHarness();
    admin = await h.login('admin', 'admin12345');
  });
  afterAll(() => h.close());
  const unserved = async () => {
    const r = await h.http('GET', '/api/branches/1/unserved-services', { cookie: admin });
    expect(r.status).toBe(200);
    return r.body.services as { id: number; prefix: string; name: { uk: string } }[];
  };

  it('a new service is listed until a switched-on window takes it; a window switched off lists it again; a service switched off is not listed', async () => {
    expect(await unserved()).toEqual([]);
    const cat = h.cherha.services.repos.catalog.categories(1)[0]!;
    const created = await h.http('POST', '/api/branches/1/services', { cookie: admin, body: { categoryId: cat.id, name: { uk: 'Без вікна', en: 'No window' }, prefix: 'Ш', rangeStart: 900, rangeEnd: 999 } });
    expect(created.status).toBe(201);
    const id = created.body.id as number;
    expect(await unserved()).toEqual([{ id, prefix: 'Ш', name: { uk: 'Без вікна', en: 'No window' } }]);

    const w = h.cherha.services.repos.windows.list(1).find((x) => x.label === '10')!;
    const put = (active: boolean, services: { serviceId: number; level: number }[]) =>
      h.http('PUT', `/api/windows/${w.id}`, { cookie: admin, body: { label: w.label, name: w.name, active, services } });
    expect((await put(true, [...w.services, { serviceId: id, level: 2 }])).status).toBe(200);
    expect(await unserved()).toEqual([]);
    // the window switched off: nobody calls its services any more (those only it served are listed)
    expect((await put(false, [...w.services, { serviceId: id, level: 2 }])).status).toBe(200);
    expect((await unserved()).map((s) => s.id)).toContain(id);
    expect((await put(true, w.services)).status).toBe(200);
    expect((await unserved()).map((s) => s.id)).toEqual([id]);

    const svc = h.cherha.services.repos.catalog.service(id)!;
    const off = await h.http('PUT', `/api/services/${id}`, {
      cookie: admin,
      body: {
        categoryId: svc.categoryId, name: svc.name, prefix: svc.prefix, rangeStart: svc.rangeStart, rangeEnd: svc.rangeEnd, dailyCap: svc.dailyCap, opensAt: svc.opensAt,
        closesAt: svc.closesAt, stopIssuingMinutesBeforeClose: svc.stopIssuingMinutesBeforeClose, expectedMinutes: svc.expectedMinutes, active: false, sortOrder: svc.sortOrder,
      },
    });
    expect(off.status, JSON.stringify(off.body)).toBe(200);
    expect(await unserved()).toEqual([]);
  });

  it('only admins of the office ask', async () => {
    expect((await h.http('GET', '/api/branches/1/unserved-services', { cookie: await h.login('operator1', 'operator123') })).status).toBe(403);
    expect((await h.http('GET', '/api/branches/999/unserved-services', { cookie: admin })).status).toBe(404);
  });
});
