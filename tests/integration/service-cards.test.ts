// Service cards over the real API: an admin writes the card (uk and en), anyone reads it
// without a ticket; texts are checked; another office's admin cannot touch it.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KIOSK, key, PASSWORDS, startHarness, type Harness } from '../src/harness';

const CARD = {
  documents: {
    uk: ['Паспорт громадянина України або ID-картка', 'Реєстраційний номер облікової картки платника податків (РНОКПП)', 'Квитанція про сплату адміністративного збору'],
    en: ['Passport of a citizen of Ukraine or ID card', 'Taxpayer registration number (RNOKPP)', 'Receipt of the administrative fee'],
  },
  fee: { uk: '85 грн', en: 'UAH 85' },
  duration: { uk: 'До 10 робочих днів', en: 'Up to 10 working days' },
  applicants: { uk: 'Громадяни України, які досягли 14 років', en: 'Citizens of Ukraine aged 14 or over' },
};

describe('service cards', () => {
  let h: Harness;
  let admin: string;

  beforeAll(async () => {
    h = await startHarness();
    admin = await h.login('admin', PASSWORDS.admin!);
  });
  afterAll(() => h.close());

  it('no card yet: the service answers with card null', async () => {
    const r = await h.http('GET', '/api/public/services/1/card');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ service: { id: 1, branchId: 1 }, card: null });
  });

  it('an admin saves the card; anyone reads it back, without signing in', async () => {
    const put = await h.http('PUT', '/api/services/1/card', { cookie: admin, body: CARD });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    const r = await h.http('GET', '/api/public/services/1/card');
    expect(r.status).toBe(200);
    expect(r.body.card).toMatchObject({ serviceId: 1, ...CARD });
    // a second save replaces the whole card
    const shorter = { ...CARD, documents: { uk: ['Паспорт'], en: ['Passport'] } };
    expect((await h.http('PUT', '/api/services/1/card', { cookie: admin, body: shorter })).status).toBe(200);
    expect((await h.http('GET', '/api/public/services/1/card')).body.card.documents).toEqual({ uk: ['Паспорт'], en: ['Passport'] });
    // the kiosk reads every card of its office at once
    const all = await h.http('GET', '/api/public/branches/1/service-cards');
    expect(all.status).toBe(200);
    expect(all.body.cards.map((c: { serviceId: number }) => c.serviceId)).toEqual([1]);
    expect((await h.http('GET', '/api/public/branches/999/service-cards')).status).toBe(404);
    // the ticket page asks by the ticket's code
    const issued = await h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId: 1, idempotencyKey: key() } });
    expect(issued.status, JSON.stringify(issued.body)).toBe(201);
    const byTicket = await h.http('GET', `/api/public/tickets/${issued.body.ticket.publicCode}/card`);
    expect(byTicket.status).toBe(200);
    expect(byTicket.body.card.documents.uk).toEqual(['Паспорт']);
    expect((await h.http('GET', '/api/public/tickets/AbCdEfGh12345678/card')).status).toBe(404);
  });

  it('refuses unsafe or overlong texts and empty documents, and writes nothing', async () => {
    const before = (await h.http('GET', '/api/public/services/1/card')).body.card;
    for (const bad of [
      { ...CARD, fee: { uk: 'безоплатно\u202e', en: 'free' } },
      { ...CARD, documents: { uk: [''], en: [] } },
      { ...CARD, documents: { uk: Array.from({ length: 31 }, (_, i) => `Документ ${i}`), en: [] } },
      { ...CARD, applicants: { uk: 'x'.repeat(501), en: '' } },
      { ...CARD, extra: true },
    ]) {
      const r = await h.http('PUT', '/api/services/1/card', { cookie: admin, body: bad });
      expect(r.status).toBe(400);
      expect(typeof r.body.error.message).toBe('string');
    }
    expect((await h.http('GET', '/api/public/services/1/card')).body.card).toEqual(before);
  });

  it('only admins of the office write; a missing service is 404', async () => {
    const op = await h.login('operator1', PASSWORDS.operator1!);
    expect((await h.http('PUT', '/api/services/1/card', { cookie: op, body: CARD })).status).toBe(403);
    expect((await h.http('PUT', '/api/services/1/card', { body: CARD })).status).toBe(401);
    const b2 = await h.http('POST', '/api/branches', { cookie: admin, body: { name: { uk: 'Інший ЦНАП', en: 'Other' } } });
    await h.http('POST', '/api/users', { cookie: admin, body: { branchId: b2.body.id, login: 'cards.b2', name: 'Адмін 2', role: 'admin', password: 'cards-two-pass' } });
    const other = await h.login('cards.b2', 'cards-two-pass');
    expect((await h.http('PUT', '/api/services/1/card', { cookie: other, body: CARD })).status).toBe(404);
    expect((await h.http('DELETE', '/api/services/1/card', { cookie: other })).status).toBe(404);
    expect((await h.http('GET', '/api/public/services/999999/card')).status).toBe(404);
  });

  it('a kiosk prints the list of documents on its own printer; nobody else may ask', async () => {
    expect((await h.http('PUT', '/api/services/1/card', { cookie: admin, body: CARD })).status).toBe(200);
    const printed = () => (existsSync(join(h.dir, 'printed')) ? readdirSync(join(h.dir, 'printed')).filter((f) => f.includes('documents')).length : 0);
    const before = printed();
    const r = await h.http('POST', '/api/services/1/card/print', { token: KIOSK, body: { language: 'uk' } });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toEqual({ status: 'printed', message: null });
    // the demo kiosk's virtual printer keeps each page as a picture; the list is one of them
    await expect.poll(printed).toBe(before + 1);
    expect((await h.http('POST', '/api/services/1/card/print', { token: KIOSK })).body.status).toBe('printed');
    const op = await h.login('operator1', PASSWORDS.operator1!);
    expect((await h.http('POST', '/api/services/1/card/print', { cookie: op, body: {} })).status).toBe(403);
    expect((await h.http('POST', '/api/services/1/card/print', { body: {} })).status).toBe(401);
    expect((await h.http('POST', '/api/services/2/card/print', { token: KIOSK, body: {} })).status).toBe(404);
    expect((await h.http('POST', '/api/services/1/card/print', { token: KIOSK, body: { language: 'de' } })).status).toBe(400);
  });

  it('an admin removes the card', async () => {
    expect((await h.http('DELETE', '/api/services/1/card', { cookie: admin })).status).toBe(204);
    expect((await h.http('GET', '/api/public/services/1/card')).body.card).toBeNull();
    expect((await h.http('DELETE', '/api/services/1/card', { cookie: admin })).status).toBe(404);
  });
});
