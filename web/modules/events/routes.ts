/** The pages of this capability, with the loader (if any) the server runs before rendering them. */
import './styles.css';
import type { TRouteDef } from '../../app/route-types';
import { lazyPage } from '../../app/lazy-page';

export const routes: TRouteDef[] = [
  {
    path: '/verify/:code',
    ...lazyPage(() => import('./pages/VerifyCertificatePage'), 'VerifyCertificatePage', 'verifyLoader'),
  },
  { path: '/events', ...lazyPage(() => import('./pages/EventsPage'), 'EventsPage', 'eventsLoader') },
  { path: '/events/new', ...lazyPage(() => import('./pages/EventEditPage'), 'EventEditPage') },
  { path: '/events/:slug', ...lazyPage(() => import('./pages/EventPage'), 'EventPage', 'eventLoader') },
  { path: '/events/:slug/edit', ...lazyPage(() => import('./pages/EventEditPage'), 'EventEditPage') },
  {
    path: '/events/:slug/registrations',
    ...lazyPage(() => import('./pages/EventRegistrationsPage'), 'EventRegistrationsPage'),
  },
  { path: '/events/:slug/check-in', ...lazyPage(() => import('./pages/CheckInPage'), 'CheckInPage') },
  { path: '/registrations', ...lazyPage(() => import('./pages/MyRegistrationsPage'), 'MyRegistrationsPage') },
  {
    path: '/registrations/:id/:action',
    ...lazyPage(() => import('./pages/RegistrationActionPage'), 'RegistrationActionPage'),
  },
  { path: '/calendar', ...lazyPage(() => import('./pages/CalendarPage'), 'CalendarPage', 'calendarLoader') },
];
