/** The pages of this capability, with the loader (if any) the server runs before rendering them. */
import './styles.css';
import type { TRouteDef } from '../../app/route-types';
import type { TLoader } from '../../app/route-data';
import { VerifyCertificatePage, verifyLoader } from './pages/VerifyCertificatePage';
import { EventsPage, eventsLoader } from './pages/EventsPage';
import { EventEditPage } from './pages/EventEditPage';
import { EventPage, eventLoader } from './pages/EventPage';
import { EventRegistrationsPage } from './pages/EventRegistrationsPage';
import { CheckInPage } from './pages/CheckInPage';
import { MyRegistrationsPage } from './pages/MyRegistrationsPage';
import { RegistrationActionPage } from './pages/RegistrationActionPage';
import { CalendarPage, calendarLoader } from './pages/CalendarPage';

export const routes: TRouteDef[] = [
  {
    path: '/verify/:code',
    component: VerifyCertificatePage,
    loader: verifyLoader as TLoader<unknown>,
  },
  { path: '/events', component: EventsPage, loader: eventsLoader as TLoader<unknown> },
  { path: '/events/new', component: EventEditPage },
  { path: '/events/:slug', component: EventPage, loader: eventLoader as TLoader<unknown> },
  { path: '/events/:slug/edit', component: EventEditPage },
  {
    path: '/events/:slug/registrations',
    component: EventRegistrationsPage,
  },
  { path: '/events/:slug/check-in', component: CheckInPage },
  { path: '/registrations', component: MyRegistrationsPage },
  {
    path: '/registrations/:id/:action',
    component: RegistrationActionPage,
  },
  { path: '/calendar', component: CalendarPage, loader: calendarLoader as TLoader<unknown> },
];
