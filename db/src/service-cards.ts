// Service cards (migration 011): what to bring, fee, duration, who may apply — uk and en.
import type { ServiceCard, ServiceCardInput } from '@cherha/contracts';
import type { Db } from './open';

interface CardRow {
  service_id: number; documents_uk: string; documents_en: string; fee_uk: string; fee_en: string; duration_uk: string; duration_en: string;
  applicants_uk: string; applicants_en: string; updated_at: string;
}

const toCard = (r: CardRow): ServiceCard => ({
  serviceId: r.service_id,
  documents: { uk: JSON.parse(r.documents_uk) as string[], en: JSON.parse(r.documents_en) as string[] },
  fee: { uk: r.fee_uk, en: r.fee_en },
  duration: { uk: r.duration_uk, en: r.duration_en },
  applicants: { uk: r.applicants_uk, en: r.applicants_en },
  updatedAt: r.updated_at,
});

export function serviceCardRepo(db: Db) {
  const st = {
    get: db.prepare<[number], CardRow>('SELECT * FROM service_cards WHERE service_id = ?'),
    ofBranch: db.prepare<[number], CardRow>('SELECT c.* FROM service_cards c JOIN services s ON s.id = c.service_id WHERE s.branch_id = ?'),
    put: db.prepare(`INSERT INTO service_cards (service_id, documents_uk, documents_en, fee_uk, fee_en, duration_uk, duration_en, applicants_uk, applicants_en, updated_at, updated_by)
      VALUES (@serviceId, @documentsUk, @documentsEn, @feeUk, @feeEn, @durationUk, @durationEn, @applicantsUk, @applicantsEn, @at, @by)
      ON CONFLICT (service_id) DO UPDATE SET documents_uk = excluded.documents_uk, documents_en = excluded.documents_en, fee_uk = excluded.fee_uk,
        fee_en = excluded.fee_en, duration_uk = excluded.duration_uk, duration_en = excluded.duration_en, applicants_uk = excluded.applicants_uk,
        applicants_en = excluded.applicants_en, updated_at = excluded.updated_at, updated_by = excluded.updated_by`),
    remove: db.prepare<[number]>('DELETE FROM service_cards WHERE service_id = ?'),
  };
  return {
    get(serviceId: number): ServiceCard | null {
      const r = st.get.get(serviceId);
      return r ? toCard(r) : null;
    },
    /** service id → card, for every service of a branch that has one */
    ofBranch: (branchId: number): Map<number, ServiceCard> => new Map(st.ofBranch.all(branchId).map((r) => [r.service_id, toCard(r)])),
    put(serviceId: number, c: ServiceCardInput, at: string, by: string): void {
      st.put.run({
        serviceId, documentsUk: JSON.stringify(c.documents.uk), documentsEn: JSON.stringify(c.documents.en), feeUk: c.fee.uk, feeEn: c.fee.en,
        durationUk: c.duration.uk, durationEn: c.duration.en, applicantsUk: c.applicants.uk, applicantsEn: c.applicants.en, at, by,
      });
    },
    /** true when there was a card */
    remove: (serviceId: number): boolean => st.remove.run(serviceId).changes > 0,
  };
}
export type ServiceCardRepo = ReturnType<typeof serviceCardRepo>;
