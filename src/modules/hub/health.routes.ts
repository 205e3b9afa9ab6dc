import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { TModuleOptions } from '../../platform/http/context';
import { defineRoute } from '../../platform/http/define-route';
import { platformPolicy } from '../../platform/http/policy';

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
};
