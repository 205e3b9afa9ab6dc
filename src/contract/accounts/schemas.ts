import { z } from 'zod';
import { ROLES } from '../common';
import { paginated } from '../schemas';
import { JOB_STATE_VALUES } from '../jobs';

/** The admin screens' shapes: users, audit entries, outbox mails, background jobs. */
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

/** A background job as admins see it: never its payload, which may hold personal data. */
export const ZAdminJob = z.object({
  id: z.number().int(),
  /** `<capability>.<job>`, e.g. `mail.dispatch`. */
  queue: z.string(),
  state: z.enum(JOB_STATE_VALUES),
  attempts: z.number().int(),
  maxAttempts: z.number().int(),
  /** When it runs (queued), ran last (active, done, failed) or is retried (queued after an error). */
  runAt: z.string(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  /** Failed, and no job doing the same work (same queue and singleton key) is queued or running: it may be retried. */
  retryable: z.boolean(),
});

export const ZJobCount = z.object({ queue: z.string(), state: z.enum(JOB_STATE_VALUES), count: z.number().int() });

/** GET /api/v1/admin/jobs: the counts per queue and state (all jobs), and one page of the filtered jobs. */
export const ZAdminJobs = paginated(ZAdminJob).extend({ counts: z.array(ZJobCount) });

export type TAdminUser = z.infer<typeof ZAdminUser>;
export type TAuditEntry = z.infer<typeof ZAuditEntry>;
export type TOutboxMail = z.infer<typeof ZOutboxEntry>;
export type TAdminJob = z.infer<typeof ZAdminJob>;
export type TJobCount = z.infer<typeof ZJobCount>;
export type TAdminJobs = z.infer<typeof ZAdminJobs>;
