import { EVENT_ABILITIES } from '../../contract/events/abilities';
import type { TCapability } from '../../platform/capability';
import { EVENT_ERROR_STATUS } from '../../contract/events/errors';
import { REGISTRATION_MAIL_KINDS } from '../../contract/events/mail';
import { eventRoutes } from './routes/events.routes';
import { checkInRoutes } from './checkin/checkin.routes';
import { certificateRoutes } from './certificates/certificates.routes';
import { calendarRoutes } from './calendar/calendar.routes';
import { eventPolicy } from './policy';
import { waitlistOffersJob } from './jobs/waitlist-offers';

/** Events and trainings: registration and waiting lists, check-in, attendance, certificates, the hub's calendar. */
export const eventsCapability: TCapability = {
  name: 'events',
  routes: [eventRoutes, checkInRoutes, certificateRoutes, calendarRoutes],
  errorStatus: EVENT_ERROR_STATUS,
  mailKinds: REGISTRATION_MAIL_KINDS,
  abilities: {
    shape: EVENT_ABILITIES,
    of: (a) => ({ events: { manage: eventPolicy.manage(a) } }),
  },
  // Waiting-list offers expire on time whether or not anyone opens a page.
  jobs: [waitlistOffersJob],
};
