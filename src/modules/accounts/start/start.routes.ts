import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { TModuleOptions } from '../../../platform/http/context';
import { defineRoute } from '../../../platform/http/define-route';
import { errorResponses } from '../../../platform/http/schemas';
import { LOCALES } from '../../../contract/common';
import { loadExpertItems, loadStartItems, START_ITEM_KEYS } from './start-counts';
import { startPolicy } from './start.policy';

const ZStartItem = z.object({
  key: z.enum(START_ITEM_KEYS),
  count: z.number().int(),
  path: z.string(),
  parts: z.array(z.object({ label: z.string(), count: z.number().int(), path: z.string() })),
});

export const startRoutes: FastifyPluginAsyncZod<TModuleOptions> = async (app, { ctx }) => {
  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/start',
    schema: {
      tags: ['start'],
      summary:
        'What needs attention on the start page of staff, admins and partner experts: counts, each opening its filtered list',
      querystring: z.object({ lang: z.enum(LOCALES).optional() }),
      response: { 200: z.object({ items: z.array(ZStartItem) }), ...errorResponses },
    },
    policy: startPolicy.read,
    handle: async ({ request, actor }) => {
      if (!startPolicy.staffItems(actor)) return { items: await loadExpertItems(ctx.db, actor.userId) };
      const items = await loadStartItems(ctx.db, {
        now: ctx.clock(),
        locale: request.query.lang ?? actor.locale,
        admin: startPolicy.adminItems(actor),
      });
      return { items };
    },
  });
};
