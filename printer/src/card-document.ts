// A service's list of documents on paper («Надрукувати перелік документів» on the kiosk):
// the office, the service, the documents numbered one per line, then the fee, the time it
// takes and who may apply. Pure, like layout(): the same input gives the same document.
import { text, type Block, type TicketDocument } from './document';
import { formatIssuedAt } from './i18n';
import type { PaperWidth } from './profile';

export interface DocumentListInput {
  language: 'uk' | 'en';
  branchName: string;
  serviceName: string;
  documents: readonly string[];
  /** «Вартість: 85 грн» …, already in the page's language; empty values are left out */
  facts: readonly { label: string; value: string }[];
  /** printed at the bottom, in the office's time */
  printedAt: string;
  timeZone?: string;
}

const TITLE = { uk: 'Перелік документів', en: 'Documents to bring' } as const;

export function documentListDocument(x: DocumentListInput, paperWidth: PaperWidth): TicketDocument {
  const blocks: Block[] = [
    text(x.branchName, { bold: true }),
    { kind: 'rule' },
    text(TITLE[x.language], { size: 'large', bold: true }),
    text(x.serviceName, { bold: true }),
    { kind: 'rule' },
    ...x.documents.map((d, i) => text(`${i + 1}. ${d}`, { align: 'left' })),
  ];
  const facts = x.facts.filter((f) => f.value.trim() !== '');
  if (facts.length > 0) blocks.push({ kind: 'rule' });
  for (const f of facts) blocks.push(text(`${f.label}: ${f.value}`, { align: 'left' }));
  blocks.push({ kind: 'feed', lines: 1 }, text(formatIssuedAt(x.printedAt, x.language, x.timeZone)));
  return { paperWidth, language: x.language, title: 'documents', blocks };
}
