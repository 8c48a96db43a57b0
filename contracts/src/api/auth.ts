// Rows of the route table (schema half) for signing in, pairing a device, the health check and
// the kiosk's menu.
import { z } from 'zod';
import { NoBody, OkResponse, type ContractRows } from '../contract';
import { BranchSchema, CategorySchema, DeviceSchema, PriorityCategorySchema, ServiceSchema, UserSchema } from '../domain';
import { BranchParams, LoginBody, PairBody } from '../schemas';

export const CatalogResponseSchema = z.object({
  branch: BranchSchema,
  categories: z.array(CategorySchema),
  /** only services some switched-on window serves: a ticket for another could never be called */
  services: z.array(ServiceSchema),
  priorityCategories: z.array(PriorityCategorySchema),
});
export type CatalogResponse = z.infer<typeof CatalogResponseSchema>;

export const LoginResponseSchema = z.object({ user: UserSchema });
export type LoginResponse = z.infer<typeof LoginResponseSchema>;

/** a person (session cookie) or a device (bearer token) */
export const MeResponseSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('user'), user: UserSchema }),
  z.object({ kind: z.literal('device'), device: DeviceSchema }),
]);
export type MeResponse = z.infer<typeof MeResponseSchema>;

/** the device keeps the token for good */
export const PairResponseSchema = z.object({ token: z.string(), device: DeviceSchema });
export type PairResponse = z.infer<typeof PairResponseSchema>;

export const AUTH_CONTRACT = {
  health: { summary: 'Сервер готовий', response: z.object({ status: z.literal('ok'), time: z.string() }) },
  getCatalog: { summary: 'Меню терміналу: офіс, категорії, послуги, пільгові категорії', params: BranchParams, response: CatalogResponseSchema },
  login: { summary: 'Вхід працівника', body: LoginBody, response: LoginResponseSchema },
  logout: { summary: 'Вихід', body: NoBody, response: OkResponse },
  me: { summary: 'Хто я (працівник або пристрій)', response: MeResponseSchema },
  pairDevice: { summary: 'Сполучити пристрій одноразовим кодом', body: PairBody, response: PairResponseSchema },
} as const satisfies ContractRows;
