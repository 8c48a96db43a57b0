// PrintJob → TicketDocument. Pure: same job, same document (time zone fixed to Kyiv).
import type { PrintJob } from '@cherha/contracts';
import { text, type Block, type TicketDocument } from './document';
import { formatIssuedAt, STRINGS } from './i18n';
import type { PaperWidth, Profile } from './profile';

export interface LayoutOptions {
  paperWidth: PaperWidth;
  timeZone?: string;
}

const ALL_UKRAINIAN = 'АаБбВвГгҐґДдЕеЄєЖжЗзИиІіЇїЙйКкЛлМмНнОоПпРрСсТтУуФфХхЦцЧчШшЩщЬьЮюЯя №';

function nonEmptyLines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

export function layout(job: PrintJob, opts: LayoutOptions): TicketDocument {
  const lang = job.language === 'en' ? 'en' : 'uk';
  const s = STRINGS[lang];
  const blocks: Block[] = [];
  for (const line of nonEmptyLines(job.header)) blocks.push(text(line));
  blocks.push(text(job.branchName[lang], { bold: true }));
  blocks.push({ kind: 'rule' });
  blocks.push(text(s.yourNumber));
  blocks.push(text(job.ticket.number, { size: 'huge', bold: true }));
  if (job.priorityName !== null || job.ticket.priorityCategoryId !== null) {
    blocks.push(text(` ${s.priority.toUpperCase()} `, { bold: true, inverse: true, size: 'large' }));
    if (job.priorityName !== null) blocks.push(text(job.priorityName[lang], { bold: true }));
  }
  blocks.push(text(job.serviceName[lang], { bold: true }));
  blocks.push({ kind: 'rule' });
  blocks.push(text(formatIssuedAt(job.ticket.issuedAt, lang, opts.timeZone)));
  if (job.bookedFor !== undefined) {
    // a booked visitor is called first at their time: the ordinary queue's count would be false
    blocks.push(text(s.bookedFor(job.bookedFor), { bold: true }));
  } else {
    blocks.push(text(s.peopleAhead(job.ticket.peopleAheadAtIssue)));
    // no window open for the service: an estimate would be a promise nobody keeps
    blocks.push(text(job.openWindows === 0 ? s.noOpenWindow : s.estimatedWait(job.ticket.estimatedWaitMinutesAtIssue)));
  }
  blocks.push({ kind: 'feed', lines: 1 });
  blocks.push({ kind: 'qr', data: job.statusUrl });
  blocks.push(text(s.scanForStatus));
  blocks.push(text(s.keepTicket, { bold: true }));
  const footer = nonEmptyLines(job.footer);
  if (footer.length > 0) blocks.push({ kind: 'rule' });
  for (const line of footer) blocks.push(text(line));
  return { paperWidth: opts.paperWidth, language: lang, title: `${job.ticket.number}-${job.jobId}`, blocks };
}

/** A page that shows whether the profile matches the printer: every Ukrainian letter and № must print. */
export function testPageDocument(profile: Profile, opts: LayoutOptions & {
  language?: 'uk' | 'en';
  qrData?: string;
  /** the QR address is a loopback one (the caller knows): a warning is printed under it */
  loopbackAddress?: boolean;
  now?: Date;
}): TicketDocument {
  const lang = opts.language ?? 'uk';
  const qrData = opts.qrData ?? 'https://example.org/cherha/test';
  const blocks: Block[] = [
    text(STRINGS[lang].testPage, { size: 'large', bold: true }),
    { kind: 'rule' },
    text(`profile: ${profile.name}`, { align: 'left' }),
    text(`mode: ${profile.mode}, qr: ${profile.qr}`, { align: 'left' }),
    text(`code page: ${profile.codePage}, ESC t ${profile.codePageNumber}`, { align: 'left' }),
    text(`FS .: ${profile.cancelChineseMode ? 'yes' : 'no'}, ${profile.dotsPerLine} dots, ${profile.columns} cols`, { align: 'left' }),
    { kind: 'rule' },
    text(ALL_UKRAINIAN, { align: 'left' }),
    text('Ґ Є І Ї ґ є і ї № 0123456789', { align: 'left', bold: true }),
    text('А015', { size: 'huge', bold: true }),
    { kind: 'qr', data: qrData },
    // the address as text too: a technician sees at once whether phones can reach it
    text(STRINGS[lang].qrAddress, { align: 'left' }),
    text(qrData, { align: 'left', bold: true }),
  ];
  if (opts.loopbackAddress) blocks.push(text(STRINGS[lang].loopbackWarning, { align: 'left', bold: true }));
  if (opts.now) blocks.push(text(formatIssuedAt(opts.now.toISOString(), lang, opts.timeZone)));
  return { paperWidth: opts.paperWidth, language: lang, title: 'test-page', blocks };
}
