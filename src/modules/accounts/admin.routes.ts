import { and, count, desc, eq, ilike, like, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditLog, jobs, mailOutbox, organisationMembers, user } from '../../platform/db/schema';
import type { TModuleOptions } from '../../platform/http/context';
import { defineRoute } from '../../platform/http/define-route';
import { errorResponses, paginated, ZCalendarDate, ZPageQuery } from '../../platform/http/schemas';
import { LIMITS, LOCALES, ROLES } from '../../contract/common';
import { auditChanges } from '../../contract/audit';
import { fieldError } from '../../platform/errors';
import { ZAdminJob, ZAdminJobs, ZAdminUser, ZAuditEntry, ZOutboxEntry } from '../../contract/accounts/schemas';
import { JOB_STATE_VALUES } from '../../contract/jobs';
import { jobCounts } from '../../platform/jobs/queue';
import { recordKey, resolveAuditRecords } from './audit-links';
import { containsPattern } from '../../platform/db/sql-helpers';
import { adminPolicy } from './users.policy';
import { setUserRole } from './commands/set-user-role';
import { retryJob } from './commands/retry-job';

export const adminRoutes: FastifyPluginAsyncZod<TModuleOptions> = async (app, { ctx }) => {
  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/admin/users',
    schema: {
      tags: ['admin'],
      summary: 'Users with their roles',
      querystring: ZPageQuery.extend({
        q: z.string().trim().max(LIMITS.searchMax).optional(),
        role: z.enum(ROLES).optional(),
      }),
      response: { 200: paginated(ZAdminUser), ...errorResponses },
    },
    policy: adminPolicy.listUsers,
    handle: async ({ request }) => {
      const { q, role, page, pageSize } = request.query;
      const filters: SQL[] = [];
      if (q) filters.push(or(ilike(user.name, containsPattern(q)), ilike(user.email, containsPattern(q)))!);
      if (role) filters.push(eq(user.role, role));
      const where = filters.length ? and(...filters) : undefined;
      const [{ total }] = await ctx.db.select({ total: count() }).from(user).where(where);
      const rows = await ctx.db
        .select({
          id: user.id,
          name: user.name,
          email: user.email,
          role: user.role,
          emailVerified: user.emailVerified,
          deactivatedAt: user.deactivatedAt,
          createdAt: user.createdAt,
          organisations: sql<number>`(select count(*)::int from ${organisationMembers} m where m.user_id = ${user.id})`,
        })
        .from(user)
        .where(where)
        .orderBy(user.email)
        .limit(pageSize)
        .offset((page - 1) * pageSize);
      return {
        items: rows.map((r) => ({
          ...r,
          role: r.role as (typeof ROLES)[number],
          deactivatedAt: r.deactivatedAt?.toISOString() ?? null,
          createdAt: r.createdAt.toISOString(),
        })),
        total,
        page,
        pageSize,
      };
    },
  });

  defineRoute(app, {
    method: 'PATCH',
    url: '/api/v1/admin/users/:id',
    schema: {
      tags: ['admin'],
      summary: "Change a user's role (audited)",
      params: z.object({ id: z.string().min(1).max(100) }),
      body: z.object({ role: z.enum(ROLES) }),
      response: { 200: ZAdminUser, ...errorResponses },
    },
    policy: adminPolicy.setUserRole,
    handle: async ({ request, actor }) => {
      const u = await setUserRole({
        db: ctx.db,
        actor: actor,
        userId: request.params.id,
        role: request.body.role,
        now: ctx.clock(),
      });
      const [{ n }] = await ctx.db
        .select({ n: count() })
        .from(organisationMembers)
        .where(eq(organisationMembers.userId, u.id));
      return {
        id: u.id,
        name: u.name,
        email: u.email,
        role: u.role as (typeof ROLES)[number],
        emailVerified: u.emailVerified,
        deactivatedAt: u.deactivatedAt?.toISOString() ?? null,
        createdAt: u.createdAt.toISOString(),
        organisations: n,
      };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/admin/audit',
    schema: {
      tags: ['admin'],
      summary: 'The audit log, newest first, filtered by actor, kind of action, record and date range',
      querystring: ZPageQuery.extend({
        /** Part of the actor's name or e-mail. */
        actor: z.string().trim().max(LIMITS.searchMax).optional(),
        /** An action (`request.close`) or a whole kind of record's actions (`request`). */
        action: z
          .string()
          .trim()
          .max(60)
          .regex(/^[a-z_.-]+$/, 'letters, dots, dashes and underscores')
          .optional(),
        entityType: z.string().max(50).optional(),
        entityId: z.string().max(100).optional(),
        /** Inclusive dates (Europe/Sofia days). */
        from: ZCalendarDate.optional(),
        to: ZCalendarDate.optional(),
        lang: z.enum(LOCALES).optional(),
      }),
      response: { 200: paginated(ZAuditEntry), ...errorResponses },
    },
    policy: adminPolicy.readAudit,
    handle: async ({ request }) => {
      const { actor, action, entityType, entityId, from, to, lang, page, pageSize } = request.query;
      if (from && to && from > to) throw fieldError('to', 'The end date is before the start date', 'before_start');
      const filters: SQL[] = [];
      if (entityType) filters.push(eq(auditLog.entityType, entityType));
      if (entityId) filters.push(eq(auditLog.entityId, entityId));
      if (action)
        filters.push(action.includes('.') ? eq(auditLog.action, action) : like(auditLog.action, `${action}.%`));
      if (actor) {
        const pattern = containsPattern(actor);
        filters.push(or(ilike(auditLog.actorEmail, pattern), ilike(user.name, pattern), ilike(user.email, pattern))!);
      }
      if (from) filters.push(sql`${auditLog.at} >= (${from}::date::timestamp at time zone 'Europe/Sofia')`);
      if (to) filters.push(sql`${auditLog.at} < ((${to}::date + 1)::timestamp at time zone 'Europe/Sofia')`);
      const where = filters.length ? and(...filters) : undefined;
      const [{ total }] = await ctx.db
        .select({ total: count() })
        .from(auditLog)
        .leftJoin(user, eq(user.id, auditLog.actorId))
        .where(where);
      const rows = await ctx.db
        .select({ entry: auditLog, actorName: user.name, actorCurrentEmail: user.email })
        .from(auditLog)
        .leftJoin(user, eq(user.id, auditLog.actorId))
        .where(where)
        .orderBy(desc(auditLog.id))
        .limit(pageSize)
        .offset((page - 1) * pageSize);
      const records = await resolveAuditRecords(
        ctx.db,
        rows.map((r) => r.entry),
        lang ?? request.actor?.locale ?? 'bg',
      );
      return {
        items: rows.map(({ entry: r, actorName, actorCurrentEmail }) => ({
          id: r.id,
          at: r.at.toISOString(),
          actorId: r.actorId,
          actorName: actorName ?? null,
          actorEmail: r.actorEmail ?? actorCurrentEmail ?? null,
          actorRole: r.actorRole,
          action: r.action,
          entityType: r.entityType,
          entityId: r.entityId,
          record: records.get(recordKey(r.entityType, r.entityId)) ?? null,
          changes: auditChanges(r.before, r.after),
          before: r.before,
          after: r.after,
        })),
        total,
        page,
        pageSize,
      };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/admin/outbox',
    schema: {
      tags: ['admin'],
      summary: 'Outgoing e-mail (the outbox; in embedded mode without SMTP, mail stays here)',
      querystring: ZPageQuery.extend({ q: z.string().trim().max(LIMITS.searchMax).optional() }),
      response: { 200: paginated(ZOutboxEntry), ...errorResponses },
    },
    policy: adminPolicy.readOutbox,
    handle: async ({ request }) => {
      const { q, page, pageSize } = request.query;
      const where = q
        ? or(ilike(mailOutbox.to, containsPattern(q)), ilike(mailOutbox.subject, containsPattern(q)))
        : undefined;
      const [{ total }] = await ctx.db.select({ total: count() }).from(mailOutbox).where(where);
      const rows = await ctx.db
        .select()
        .from(mailOutbox)
        .where(where)
        .orderBy(desc(mailOutbox.createdAt))
        .limit(pageSize)
        .offset((page - 1) * pageSize);
      return {
        items: rows.map((r) => ({
          id: r.id,
          kind: r.kind,
          to: r.to,
          subject: r.subject,
          text: r.text,
          status: r.status,
          attempts: r.attempts,
          lastError: r.lastError,
          createdAt: r.createdAt.toISOString(),
          sentAt: r.sentAt?.toISOString() ?? null,
        })),
        total,
        page,
        pageSize,
      };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/admin/jobs',
    schema: {
      tags: ['admin'],
      summary: 'Background jobs: counts per queue and state, and the jobs newest first (never their payload)',
      querystring: ZPageQuery.extend({
        state: z.enum(JOB_STATE_VALUES).optional(),
        queue: z.string().trim().max(100).optional(),
      }),
      response: { 200: ZAdminJobs, ...errorResponses },
    },
    policy: adminPolicy.readJobs,
    handle: async ({ request }) => {
      const { state, queue, page, pageSize } = request.query;
      const filters: SQL[] = [];
      if (state) filters.push(eq(jobs.state, state));
      if (queue) filters.push(eq(jobs.queue, queue));
      const where = filters.length ? and(...filters) : undefined;
      const [{ total }] = await ctx.db.select({ total: count() }).from(jobs).where(where);
      const rows = await ctx.db
        .select(jobListColumns)
        .from(jobs)
        .where(where)
        .orderBy(desc(jobs.id))
        .limit(pageSize)
        .offset((page - 1) * pageSize);
      return { counts: await jobCounts(ctx.db), items: rows.map(presentJob), total, page, pageSize };
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/admin/jobs/:id/retry',
    schema: {
      tags: ['admin'],
      summary: 'Put a failed job back on its queue, due now, attempts from zero (audited)',
      params: z.object({ id: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER) }),
      response: { 200: ZAdminJob, ...errorResponses },
    },
    policy: adminPolicy.retryJob,
    handle: async ({ request, actor }) => {
      const job = await retryJob({ db: ctx.db, actor, jobId: request.params.id });
      return presentJob({ ...job, retryable: false });
    },
  });
};

/** The columns of the job list: everything but the payload, and whether a failed job may be retried. */
const jobListColumns = {
  id: jobs.id,
  queue: jobs.queue,
  state: jobs.state,
  attempts: jobs.attempts,
  maxAttempts: jobs.maxAttempts,
  runAt: jobs.runAt,
  lastError: jobs.lastError,
  createdAt: jobs.createdAt,
  finishedAt: jobs.finishedAt,
  // The same test retry-job.ts refuses with job_already_pending. The outer columns are named with their table on
  // purpose: drizzle writes a single-table select's columns unqualified, and inside the subquery they would be p's.
  retryable: sql<boolean>`(jobs.state = 'failed' AND NOT EXISTS (
    SELECT 1 FROM jobs p WHERE p.queue = jobs.queue AND p.singleton_key = jobs.singleton_key
      AND p.state IN ('queued', 'active')))`.mapWith(Boolean),
};

function presentJob(r: {
  id: number;
  queue: string;
  state: string;
  attempts: number;
  maxAttempts: number;
  runAt: Date;
  lastError: string | null;
  createdAt: Date;
  finishedAt: Date | null;
  retryable: boolean;
}) {
  return {
    id: r.id,
    queue: r.queue,
    state: r.state as (typeof JOB_STATE_VALUES)[number],
    attempts: r.attempts,
    maxAttempts: r.maxAttempts,
    runAt: r.runAt.toISOString(),
    lastError: r.lastError,
    createdAt: r.createdAt.toISOString(),
    finishedAt: r.finishedAt?.toISOString() ?? null,
    retryable: r.retryable,
  };
}
