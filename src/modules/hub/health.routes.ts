import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { TModuleOptions } from '../../platform/http/context';
import { defineRoute } from '../../platform/http/define-route';
import { platformPolicy } from '../../platform/http/policy';
import { errorResponses, ZErrorBody } from '../../platform/http/schemas';
import { AppError } from '../../platform/errors';
import { migrationState } from '../../platform/db/migration-state';

export const healthRoutes: FastifyPluginAsyncZod<TModuleOptions> = async (app, { ctx }) => {
  defineRoute(app, {
    method: 'GET',
    url: '/api/health',
    schema: {
      tags: ['platform'],
      summary: 'Liveness and database check',
      response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) }) },
    },
    policy: platformPolicy.public,
    anonymous: true,
    handle: async () => {
      await ctx.db.execute(sql`select 1`);
      return { status: 'ok' as const, database: ctx.databaseKind };
    },
  });

  // Readiness, for a load balancer: send traffic only when the database answers and has every migration this code
  // expects (a process started before another finished migrating, or a database restored from an old backup, is not).
  defineRoute(app, {
    method: 'GET',
    url: '/api/ready',
    schema: {
      tags: ['platform'],
      summary: 'Readiness: database reachable and migrations current',
      response: {
        200: z.object({
          status: z.literal('ready'),
          database: z.enum(['pglite', 'postgres']),
          migrations: z.object({ applied: z.number().int(), expected: z.number().int() }),
        }),
        ...errorResponses,
        503: ZErrorBody,
      },
    },
    policy: platformPolicy.public,
    anonymous: true,
    handle: async () => {
      let migrations;
      try {
        migrations = await migrationState(ctx.db);
      } catch {
        throw new AppError('not_ready', 'The database does not answer');
      }
      if (migrations.applied < migrations.expected) {
        throw new AppError('not_ready', 'Database migrations are behind this version', migrations);
      }
      return { status: 'ready' as const, database: ctx.databaseKind, migrations };
    },
  });
};
