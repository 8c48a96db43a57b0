// Rows of the route table (schema half) for the configuration an admin edits: offices, categories, services, windows, priority categories, users, devices.
import { z } from 'zod';
import { NoBody, type ContractRows } from '../contract';
import { BranchSchema, CategorySchema, DeviceSchema, PriorityCategorySchema, ServiceSchema, UserSchema, WindowSchema } from '../domain';
import {
  BranchBody, BranchParams, CategoryBody, CreateDeviceBody, IdParams, PriorityCategoryBody, ServiceBody, UpdateUserBody, UserBody, WindowBody, WindowParams,
} from '../schemas';

/** GET /api/branches/:branchId/services — the whole catalogue of an office, switched-off services included */
export const ServicesResponseSchema = z.object({
  categories: z.array(CategorySchema),
  services: z.array(ServiceSchema),
  priorityCategories: z.array(PriorityCategorySchema),
});
export type ServicesResponse = z.infer<typeof ServicesResponseSchema>;

/**
 * A kiosk's printer as the server keeps it (KioskPrinterSettings when it was saved; printer/src/config.ts
 * reads it). Only the fields the admin form edits are named; the rest passes as it is.
 */
export const SavedPrinterSchema = z
  .object({
    transport: z.string(),
    host: z.string().optional(),
    port: z.number().optional(),
    path: z.string().optional(),
    /** a preset name, or an object (preset with overrides, or a full profile) */
    profile: z.unknown().optional(),
    paperWidth: z.number().optional(),
  })
  .catchall(z.unknown());
export type SavedPrinter = z.infer<typeof SavedPrinterSchema>;

/** What an admin sees of a device: its state and printer settings, never its token. */
export const AdminDeviceSchema = DeviceSchema.extend({
  revoked: z.boolean(),
  /** a one-time pairing code waits until then */
  pairingExpiresAt: z.string().nullable(),
  /** a demo device with a well-known token (turned off in production) */
  isDemo: z.boolean(),
  printer: SavedPrinterSchema.nullable(),
  /** the print agent this kiosk prints through, if any */
  printAgentId: z.number().int().nullable(),
});
export type AdminDevice = z.infer<typeof AdminDeviceSchema>;

/** A new device, or a device being paired again: the one-time «код підключення» to type on it. */
export const PairingAnswerSchema = z.object({
  device: AdminDeviceSchema,
  /** 8 digits, shown once */
  pairingCode: z.string(),
  expiresAt: z.string(),
});
export type PairingAnswer = z.infer<typeof PairingAnswerSchema>;

export const CONFIG_CONTRACT = {
  listBranches: { summary: 'Офіси', response: z.array(BranchSchema) },
  createBranch: { summary: 'Новий офіс', body: BranchBody, response: BranchSchema },
  updateBranch: { summary: 'Змінити офіс', params: BranchParams, body: BranchBody, response: BranchSchema },

  createCategory: { summary: 'Нова категорія', params: BranchParams, body: CategoryBody, response: CategorySchema },
  updateCategory: { summary: 'Змінити категорію', params: IdParams, body: CategoryBody, response: CategorySchema },

  listServices: { summary: 'Усі послуги офісу, з вимкненими; категорії; пільгові категорії', params: BranchParams, response: ServicesResponseSchema },
  createService: { summary: 'Нова послуга', params: BranchParams, body: ServiceBody, response: ServiceSchema },
  updateService: { summary: 'Змінити послугу', params: IdParams, body: ServiceBody, response: ServiceSchema },

  listWindows: { summary: 'Вікна офісу', params: BranchParams, response: z.array(WindowSchema) },
  createWindow: { summary: 'Нове вікно', params: BranchParams, body: WindowBody, response: WindowSchema },
  updateWindow: { summary: 'Змінити вікно', params: WindowParams, body: WindowBody, response: WindowSchema },

  createPriorityCategory: { summary: 'Нова пільгова категорія', params: BranchParams, body: PriorityCategoryBody, response: PriorityCategorySchema },
  updatePriorityCategory: { summary: 'Змінити пільгову категорію', params: IdParams, body: PriorityCategoryBody, response: PriorityCategorySchema },

  listUsers: { summary: 'Працівники', response: z.array(UserSchema) },
  createUser: { summary: 'Новий працівник', body: UserBody, response: UserSchema },
  updateUser: { summary: 'Змінити працівника (пароль — лише якщо вказано новий)', params: IdParams, body: UpdateUserBody, response: UserSchema },

  listDevices: { summary: 'Пристрої офісу', params: BranchParams, response: z.array(AdminDeviceSchema) },
  createDevice: { summary: 'Новий пристрій: одноразовий код підключення', params: BranchParams, body: CreateDeviceBody, response: PairingAnswerSchema },
  newPairingCode: { summary: 'Новий код підключення (заміна ПК): старий токен перестає діяти', params: IdParams, body: NoBody, response: PairingAnswerSchema },
  revokeDevice: { summary: 'Відкликати пристрій (втрачений або списаний)', params: IdParams, body: NoBody, response: AdminDeviceSchema },
} as const satisfies ContractRows;
