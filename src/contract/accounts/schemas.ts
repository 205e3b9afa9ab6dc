import { z } from 'zod';
import { ROLES } from '../common';

/** The admin screens' shapes: users, audit entries, outbox mails. */
export const ZAdminUser = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(ROLES),
  emailVerified: z.boolean(),
  /** When an admin deactivated the account; null while it is active. */
  deactivatedAt: z.string().nullable(),
  createdAt: z.string(),
  organisations: z.number().int(),
});

export const ZAuditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  actorEmail: z.string().nullable(),
  actorRole: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  /** The record's page in the web app and its name, when it still exists and has a page. */
  record: z.object({ path: z.string(), label: z.string() }).nullable(),
  /** The top-level fields whose value differs between before and after. */
  changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
  before: z.unknown(),
  after: z.unknown(),
});

export const ZOutboxEntry = z.object({
  id: z.string(),
  kind: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  status: z.string(),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});

export type TAdminUser = z.infer<typeof ZAdminUser>;
export type TAuditEntry = z.infer<typeof ZAuditEntry>;
export type TOutboxMail = z.infer<typeof ZOutboxEntry>;
