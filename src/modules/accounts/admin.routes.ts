import { and, count, desc, eq, ilike, like, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditLog, mailOutbox, organisationMembers, user } from '../../platform/db/schema';
import type { TModuleOptions } from '../../platform/http/context';
import { defineRoute } from '../../platform/http/define-route';
import { errorResponses, paginated, ZCalendarDate, ZPageQuery } from '../../platform/http/schemas';
import { LIMITS, LOCALES, ROLES } from '../../contract/common';
import { auditChanges } from '../../contract/audit';
import { fieldError } from '../../platform/errors';
import { ZAdminUser, ZAuditEntry, ZOutboxEntry } from '../../contract/accounts/schemas';
import { recordKey, resolveAuditRecords } from './audit-links';
import { containsPattern } from '../../platform/db/sql-helpers';
import { adminPolicy } from './users.policy';
import { setUserRole } from './commands/set-user-role';

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
};
