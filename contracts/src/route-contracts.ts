// The schema half of the route table, joined from the modules' rows (contract.ts explains the
// split). Each module keeps the rows of its own routes next to its schemas. Every operationId
// of ROUTES must have its row here: the compiler refuses the table otherwise.
import type { RouteContract } from './contract';
import type { OperationId } from './routes';
import { AUTH_CONTRACT } from './api/auth';
import { QUEUE_CONTRACT } from './api/queue';
import { CONFIG_CONTRACT } from './api/config';
import { OPS_CONTRACT } from './api/ops';
import { PRINTING_CONTRACT } from './api/printing';
import { DEPLOY_CONTRACT } from './deploy';
import { WORKPLACE_CONTRACT } from './workplace';
import { RATING_CONTRACT } from './rating';
import { BOOKING_CONTRACT } from './booking';
import { SERVICE_INFO_CONTRACT } from './service-info';
import { LOAD_CONTRACT } from './load';
import { NOTIFY_CONTRACT } from './notify';
import { REPORT_CONTRACT } from './reports';
import { VOICE_CONTRACT } from './voice';

export const ROUTE_CONTRACTS = {
  ...AUTH_CONTRACT,
  ...QUEUE_CONTRACT,
  ...CONFIG_CONTRACT,
  ...PRINTING_CONTRACT,
  ...OPS_CONTRACT,
  ...DEPLOY_CONTRACT,
  ...WORKPLACE_CONTRACT,
  ...RATING_CONTRACT,
  ...BOOKING_CONTRACT,
  ...SERVICE_INFO_CONTRACT,
  ...LOAD_CONTRACT,
  ...NOTIFY_CONTRACT,
  ...REPORT_CONTRACT,
  ...VOICE_CONTRACT,
} satisfies { readonly [K in OperationId]: RouteContract };

export type RouteContracts = typeof ROUTE_CONTRACTS;
