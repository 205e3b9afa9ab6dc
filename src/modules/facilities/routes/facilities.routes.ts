import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { TModuleOptions } from '../../../platform/http/context';
import { resourceRoutes } from './resources.routes';
import { bookingRoutes } from './bookings.routes';
import { facilityCalendarRoutes } from './facility-calendar.routes';

/** The facilities module: resources and their opening hours, bookings, the combined calendar and usage. */
export const facilityRoutes: FastifyPluginAsyncZod<TModuleOptions> = async (app, { ctx }) => {
  await app.register(resourceRoutes, { ctx });
  await app.register(bookingRoutes, { ctx });
  await app.register(facilityCalendarRoutes, { ctx });
};
