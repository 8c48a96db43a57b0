// The schema half of the route table, joined from the modules' rows (contract.ts explains the
// split). Each module keeps the rows of its own routes next to its schemas.
import type { RouteContract } from './contract';
import type { OperationId } from './routes';
import { AUTH_CONTRACT } from './api/auth';
import { QUEUE_CONTRACT } from './api/queue';

export const ROUTE_CONTRACTS = {
  ...AUTH_CONTRACT,
  ...QUEUE_CONTRACT,
} satisfies { readonly [K in OperationId]?: RouteContract };

export type RouteContracts = typeof ROUTE_CONTRACTS;
