// Shared by the board layout tests: the hall TV sizes, a centre with the widest window labels
// and ticket numbers, and the in-page check that nothing leaves the screen or its own box.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { PASSWORDS } from '../src/harness';
import type { E2ESuite } from './helpers';

/** the hall TVs a centre actually has: HD-ready, Full HD, 4K */
export const TV_SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
] as const;

export const sizeName = (v: { width: number; height: number }): string => `${v.width}x${v.height}`;

export interface HallWindow {
  id: number;
  label: string;
  /** the operator sitting there (each operator sits at one window) */
  cookie: string;
}

export interface Hall {
  windows: { w7: HallWindow; w10: HallWindow; w123: HallWindow };
  serviceA: number;
  servicePR: number;
}

async function ok(p: Promise<{ status: number; body: any }>, expected = 200): Promise<any> {
  const r = await p;
  if (r.status !== expected) throw new Error(`${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

/**
 * Windows «7», «10» and a new «123»; services with the letters «А» and «ПР» (numbers up to
 * «ПР999»), served at all three. The API admits one letter per service (contracts'
 * TICKET_PREFIXES); the board must not rely on that, so the widest number a centre could
 * configure later is written into the real database.
 */
export async function prepareHall(s: E2ESuite): Promise<Hall> {
  const admin = await s.cookie('admin', PASSWORDS.admin!);
  const catalog = (await ok(s.h.http('GET', '/api/branches/1/services', { cookie: admin }))) as { services: { categoryId: number }[] };
  const categoryId = catalog.services[0]!.categoryId;
  const service = (uk: string, prefix: string, rangeStart: number) =>
    ok(s.h.http('POST', '/api/branches/1/services', { cookie: admin, body: { categoryId, name: { uk, en: uk }, prefix, rangeStart, rangeEnd: 999 } }), 201);
  const serviceA = (await service('Довідка (табло)', 'А', 1)).id as number;
  const servicePR = (await service('Прописка (табло)', 'П', 997)).id as number;
  s.h.cherha.services.repos.db.prepare("UPDATE services SET prefix = 'ПР' WHERE id = ?").run(servicePR);

  const serves = [{ serviceId: serviceA, level: 1 }, { serviceId: servicePR, level: 1 }];
  const existing = (await ok(s.h.http('GET', '/api/branches/1/windows', { cookie: admin }))) as { id: number; label: string; name: string; services: { serviceId: number; level: number }[] }[];
  for (const label of ['7', '10']) {
    const w = existing.find((x) => x.label === label)!;
    await ok(s.h.http('PUT', `/api/windows/${w.id}`, { cookie: admin, body: { label, name: w.name, active: true, services: [...w.services.map((x) => ({ serviceId: x.serviceId, level: x.level })), ...serves] } }));
  }
  const w123 = (await ok(s.h.http('POST', '/api/branches/1/windows', { cookie: admin, body: { label: '123', name: 'Вікно 123', services: serves } }), 201)) as { id: number };
  const id = (label: string) => (label === '123' ? w123.id : existing.find((x) => x.label === label)!.id);
  const at = async (label: string, login: string): Promise<HallWindow> => ({ id: id(label), label, cookie: await s.cookie(login, PASSWORDS[login]!) });
  return { windows: { w7: await at('7', 'operator1'), w10: await at('10', 'operator2'), w123: await at('123', 'operator3') }, serviceA, servicePR };
}

/** the technician's one press after Chromium starts (without the autoplay flag): the overlay goes away */
export async function pressSoundOn(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Увімкнути звук|Enable sound/ }).click();
  await page.waitForSelector('.sound-overlay', { state: 'detached' });
}

/** the window calls this ticket; resolves with the server's answer */
export async function callAt(s: E2ESuite, w: HallWindow, ticketId: number): Promise<void> {
  expect((await s.h.http('POST', `/api/windows/${w.id}/call`, { cookie: w.cookie, body: { ticketId } })).status).toBe(200);
}

/** called and marked no-show: the window is free for the next call, the call stays on the board */
export async function callAndLeave(s: E2ESuite, w: HallWindow, serviceId: number): Promise<string> {
  const t = await s.issue(serviceId);
  await callAt(s, w, t.id);
  expect((await s.h.http('POST', `/api/tickets/${t.id}/no-show`, { cookie: w.cookie })).status).toBe(200);
  return t.number;
}

/**
 * Everything drawn on the page that leaves the viewport, and every box whose content is wider
 * (or, when it clips, taller) than the box itself. Visually hidden text for screen readers is
 * not drawn and is skipped.
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''} «${(el.textContent ?? '').trim().slice(0, 30)}»`;
    for (const el of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
      if (el.closest('.ck-visually-hidden, script, style')) continue;
      const st = getComputedStyle(el);
      if (st.display === 'none' || st.visibility === 'hidden') continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.left < -0.5 || r.top < -0.5 || r.right > vw + 0.5 || r.bottom > vh + 0.5) {
        out.push(`${name(el)} leaves the screen: ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)} of ${vw}×${vh}`);
      }
      if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth) out.push(`${name(el)} text wider than its box: ${el.scrollWidth} > ${el.clientWidth}`);
      const clips = st.overflowY !== 'visible';
      if (clips && el.clientHeight > 0 && el.scrollHeight > el.clientHeight + 1) out.push(`${name(el)} content taller than its box: ${el.scrollHeight} > ${el.clientHeight}`);
    }
    return out;
  });
}

/** `inner` lies within `outer` (px, half a pixel of rounding) */
export function inside(inner: { x: number; y: number; width: number; height: number }, outer: { x: number; y: number; width: number; height: number }): boolean {
  return inner.x >= outer.x - 0.5 && inner.y >= outer.y - 0.5 && inner.x + inner.width <= outer.x + outer.width + 0.5 && inner.y + inner.height <= outer.y + outer.height + 0.5;
}
