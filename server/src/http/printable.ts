// Texts that go onto paper tickets (the office's name, header and footer, service names,
// priority categories) are checked against the code pages of the printers that actually print
// the office's tickets: a character one of them lacks («§» on a CP1125 printer, an emoji on
// any) would otherwise make every such ticket fail at the kiosk. Checked both ways: when an
// admin saves a text, and when a kiosk's printer is changed to a narrower page.
import { KioskPrinterSettings, type LocalizedName } from '@cherha/contracts';
import type { DeviceRecord, Repos } from '@cherha/db';
import { encodeText, parsePrinterConfig, resolveProfile, UnencodableTextError, type CodePage } from '@cherha/printer';
import { DomainError } from '../errors';

/** one code page a ticket of the office is printed in, and the printer that needs it (null: assumed) */
export interface TicketPage {
  codePage: CodePage;
  printer: string | null;
}

/**
 * CP1251 when nothing better is known: a kiosk printing through its agent (the server does not
 * see the agent's profile), or an office with no printer yet. It is the page of every text
 * preset but one.
 */
const ASSUMED: TicketPage = { codePage: 'cp1251', printer: null };

/** the code page of a kiosk printer, or null when it prints images (raster: any letter of our font) */
export function codePageOf(settings: KioskPrinterSettings): CodePage | null {
  const config = parsePrinterConfig(settings);
  const profile = resolveProfile(config.profile, config.paperWidth);
  return profile.mode === 'raster' ? null : profile.codePage;
}

function storedPage(d: DeviceRecord): TicketPage | null | 'assumed' {
  if (d.printAgentId !== null) return 'assumed';
  if (d.printer === null || d.printer === undefined) return null;
  try {
    const settings = KioskPrinterSettings.parse(d.printer);
    const page = codePageOf(settings);
    return page === null ? null : { codePage: page, printer: d.name };
  } catch {
    return 'assumed'; // a stored config that no longer parses: the print itself will say so
  }
}

/** The distinct code pages of the office's ticket printers (CP1251 when none is known). */
export function ticketPages(repos: Repos, branchId: number | null): TicketPage[] {
  const pages: TicketPage[] = [];
  const add = (p: TicketPage): void => {
    if (!pages.some((x) => x.codePage === p.codePage)) pages.push(p);
  };
  const kiosks = branchId === null ? [] : repos.devices.list(branchId).filter((d) => d.kind === 'kiosk' && !d.revoked);
  let assumed = kiosks.length === 0;
  for (const d of kiosks) {
    const p = storedPage(d);
    if (p === 'assumed') assumed = true;
    else if (p !== null) add(p);
  }
  if (assumed || pages.length === 0) add(ASSUMED);
  return pages;
}

/** The character of `text` that `page` cannot print, or null. */
function unprintable(text: string, page: CodePage): string | null {
  for (const line of text.split(/\r?\n/)) {
    try {
      encodeText(line, page);
    } catch (err) {
      if (!(err instanceof UnencodableTextError)) throw err;
      return err.character;
    }
  }
  return null;
}

const where = (p: TicketPage): string =>
  p.printer === null ? 'на талоні' : `на принтері «${p.printer}» (кодова сторінка ${p.codePage.toUpperCase()})`;

/** Throws a VALIDATION error naming the field, the character and the printer. */
export function requirePrintable(field: string, text: string, pages: readonly TicketPage[]): void {
  for (const p of pages) {
    const ch = unprintable(text, p.codePage);
    if (ch !== null) throw new DomainError('VALIDATION', `${field}: символ «${ch}» не надрукується ${where(p)} — замініть або приберіть його`);
  }
}

export function requirePrintableName(field: string, name: LocalizedName, pages: readonly TicketPage[]): void {
  requirePrintable(field, name.uk, pages);
  requirePrintable(`${field} (англ.)`, name.en, pages);
}

/** Every text of the office that is printed on its tickets, with what a person calls it. */
function printedTexts(repos: Repos, branchId: number): { field: string; text: string }[] {
  const b = repos.branches.get(branchId);
  if (!b) return [];
  const named = (field: string, n: LocalizedName) => [{ field, text: n.uk }, { field: `${field} (англ.)`, text: n.en }];
  return [
    ...named('Назва офісу', b.name),
    { field: 'Текст угорі талону', text: b.ticketHeader },
    { field: 'Текст унизу талону', text: b.ticketFooter },
    ...repos.catalog.services(branchId).filter((s) => s.active).flatMap((s) => named(`Назва послуги «${s.name.uk}»`, s.name)),
    ...repos.catalog.priorityCategories(branchId).filter((p) => p.active).flatMap((p) => named(`Пільгова категорія «${p.name.uk}»`, p.name)),
  ];
}

/**
 * A kiosk's printer is about to change: the office's existing texts must print on it.
 * Refused with the first text that would not, naming the character and the printer.
 */
export function requireTextsPrintableOn(repos: Repos, kiosk: DeviceRecord, settings: KioskPrinterSettings): void {
  const page = codePageOf(settings);
  if (page === null) return;
  for (const { field, text } of printedTexts(repos, kiosk.branchId)) {
    const ch = unprintable(text, page);
    if (ch !== null) {
      throw new DomainError('VALIDATION', `Принтер «${kiosk.name}» (кодова сторінка ${page.toUpperCase()}) не надрукує символ «${ch}»: ${field}. Змініть текст або оберіть профіль з CP1251 чи raster.`);
    }
  }
}
