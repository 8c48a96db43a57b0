// Service cards: read by anyone (kiosk, booking page, ticket page — before or without a
// ticket), written by the office's admins.
import type { PublicServiceCard, ServiceCard, ServiceCardInput, ServiceCardList } from '@cherha/contracts';
import { serviceCardRepo, type Repos, type ServiceCardRepo } from '@cherha/db';
import { actorLabel, authorize, type Actor } from '../auth/actor';
import { notFound } from '../errors';
import type { Clock } from '../time';

const ADMIN = { role: 'admin' } as const;

export class ServiceCards {
  private readonly cards: ServiceCardRepo;

  constructor(
    private readonly repos: Repos,
    private readonly clock: Clock,
  ) {
    this.cards = serviceCardRepo(repos.db);
  }

  /** public (a card holds nothing secret; the kiosk offers only services that are switched on) */
  read(serviceId: number): PublicServiceCard {
    const s = this.repos.catalog.service(serviceId);
    if (!s) throw notFound('Послугу');
    return { service: { id: s.id, branchId: s.branchId, name: s.name, prefix: s.prefix }, card: this.cards.get(s.id) };
  }

  /** public: the card of a ticket's service, by the ticket's code (its QR address) */
  ofTicket(code: string): PublicServiceCard {
    const t = this.repos.tickets.byPublicCode(code);
    if (!t) throw notFound('Талон');
    return this.read(t.serviceId);
  }

  /** public: the cards of an office's switched-on services */
  ofBranch(branchId: number): ServiceCardList {
    if (!this.repos.branches.get(branchId)) throw notFound('Офіс');
    const active = new Set(this.repos.catalog.services(branchId).filter((s) => s.active).map((s) => s.id));
    return { cards: [...this.cards.ofBranch(branchId).values()].filter((c) => active.has(c.serviceId)) };
  }

  private adminService(actor: Actor | null, serviceId: number): { who: Actor; serviceId: number } {
    const s = this.repos.catalog.service(serviceId);
    if (!s) throw notFound('Послугу');
    return { who: authorize(actor, s.branchId, ADMIN, 'Послугу'), serviceId: s.id };
  }

  write(actor: Actor | null, serviceId: number, input: ServiceCardInput): ServiceCard {
    const { who } = this.adminService(actor, serviceId);
    this.cards.put(serviceId, input, this.clock.now().toISOString(), actorLabel(who));
    return this.cards.get(serviceId)!;
  }

  remove(actor: Actor | null, serviceId: number): void {
    this.adminService(actor, serviceId);
    if (!this.cards.remove(serviceId)) throw notFound('Картку послуги');
  }
}
