import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { TModuleOptions } from '../../../platform/http/context';
import { defineRoute } from '../../../platform/http/define-route';
import { errorResponses, ZUuid } from '../../../platform/http/schemas';
import { calendarDateInSofia } from '../../../domain/state-aid/calendar-date';
import { getOrganisationAid } from '../../aid/public';
import { requestPolicy } from '../policy';
import { getJourney } from '../queries/get-journey';
import { ZJourney } from '../../../contract/requests';

/** The organisation's journey through the hub, with its aid used against the ceiling today. */
export const journeyRoutes: FastifyPluginAsyncZod<TModuleOptions> = async (app, { ctx }) => {
  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/organisations/:id/journey',
    schema: {
      tags: ['requests'],
      summary:
        'Registration, assessments, requests, deliveries, feedback, event registrations, check-ins, certificates and ' +
        'facility bookings in time order, and the aid against the ceiling',
      params: z.object({ id: ZUuid }),
      response: { 200: ZJourney, ...errorResponses },
    },
    load: (request) => request.params.id,
    policy: requestPolicy.journey,
    handle: async ({ request }) => {
      // Independent reads: side by side on the pool.
      const [journey, aid] = await Promise.all([
        getJourney(ctx.db, request.params.id),
        getOrganisationAid(ctx.db, request.params.id, calendarDateInSofia(ctx.clock())),
      ]);
      return { ...journey, aid };
    },
  });
};
