/** Every page of the web app, with the loader (if any) the server runs before rendering it. */
import type { ComponentType } from 'react';
import { matchPath } from 'react-router';
import type { TLoader } from './route-data';
import { HomePage, homeLoader } from './pages/HomePage';
import { SignUpPage } from './pages/SignUpPage';
import { SignInPage } from './pages/SignInPage';
import { ForgotPasswordPage } from './pages/ForgotPasswordPage';
import { ResetPasswordPage } from './pages/ResetPasswordPage';
import { SmeCheckPage } from './pages/SmeCheckPage';
import { DmaCheckPage } from './pages/DmaCheckPage';
import { ServicesPage, servicesLoader } from './pages/ServicesPage';
import { ServicePage, serviceLoader } from './pages/ServicePage';
import { ServiceEditPage } from './pages/ServiceEditPage';
import { RequestsPage } from './pages/RequestsPage';
import { RequestBoardPage } from './pages/RequestBoardPage';
import { RequestPage } from './pages/RequestPage';
import { OrganisationsPage } from './pages/OrganisationsPage';
import { OrganisationNewPage } from './pages/OrganisationNewPage';
import { OrganisationPage } from './pages/OrganisationPage';
import { OrganisationAssessmentsPage } from './pages/OrganisationAssessmentsPage';
import { AssessmentPage } from './pages/AssessmentPage';
import { AssessmentsPage } from './pages/AssessmentsPage';
import { JourneyPage } from './pages/JourneyPage';
import { DeclarationPage } from './pages/DeclarationPage';
import { AidLedgerPage } from './pages/AidLedgerPage';
import { AdminUsersPage } from './pages/AdminUsersPage';
import { AdminAuditPage } from './pages/AdminAuditPage';
import { AdminOutboxPage } from './pages/AdminOutboxPage';
import { AccountPage } from './pages/AccountPage';
import { EventsPage, eventsLoader } from './pages/EventsPage';
import { EventPage, eventLoader } from './pages/EventPage';
import { EventEditPage } from './pages/EventEditPage';
import { EventRegistrationsPage } from './pages/EventRegistrationsPage';
import { CheckInPage } from './pages/CheckInPage';
import { MyRegistrationsPage } from './pages/MyRegistrationsPage';
import { RegistrationActionPage } from './pages/RegistrationActionPage';
import { ResourcesPage, resourcesLoader } from './pages/ResourcesPage';
import { ResourcePage, resourceLoader } from './pages/ResourcePage';
import { ResourceEditPage } from './pages/ResourceEditPage';
import { BookingsAdminPage } from './pages/BookingsAdminPage';
import { CalendarPage, calendarLoader } from './pages/CalendarPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { VerifyCertificatePage, verifyLoader } from './pages/VerifyCertificatePage';
import { AcceptInvitationPage } from './pages/AcceptInvitationPage';
import { StartPage } from './pages/StartPage';

export interface TRouteDef {
  path: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  component: ComponentType<any>;
  loader?: TLoader<unknown>;
}

/** Order matters only for readability: matching below picks the most specific static path first. */
export const ROUTES: TRouteDef[] = [
  { path: '/', component: HomePage, loader: homeLoader as TLoader<unknown> },
  { path: '/sign-up', component: SignUpPage },
  { path: '/sign-in', component: SignInPage },
  { path: '/forgot-password', component: ForgotPasswordPage },
  { path: '/reset-password', component: ResetPasswordPage },
  { path: '/sme-check', component: SmeCheckPage },
  { path: '/dma', component: DmaCheckPage },
  { path: '/services', component: ServicesPage, loader: servicesLoader as TLoader<unknown> },
  { path: '/services/new', component: ServiceEditPage },
  { path: '/services/:slug', component: ServicePage, loader: serviceLoader as TLoader<unknown> },
  { path: '/services/:slug/edit', component: ServiceEditPage },
  { path: '/requests', component: RequestsPage },
  { path: '/requests/board', component: RequestBoardPage },
  { path: '/requests/:id', component: RequestPage },
  { path: '/organisations', component: OrganisationsPage },
  { path: '/organisations/new', component: OrganisationNewPage },
  { path: '/organisations/:id', component: OrganisationPage },
  { path: '/organisations/:id/assessments', component: OrganisationAssessmentsPage },
  { path: '/organisations/:id/assessments/:assessmentId', component: AssessmentPage },
  { path: '/assessments', component: AssessmentsPage },
  { path: '/organisations/:id/journey', component: JourneyPage },
  { path: '/organisations/:id/de-minimis-declaration', component: DeclarationPage },
  { path: '/aid', component: AidLedgerPage },
  { path: '/admin/users', component: AdminUsersPage },
  { path: '/admin/audit', component: AdminAuditPage },
  { path: '/admin/outbox', component: AdminOutboxPage },
  { path: '/account', component: AccountPage },
  { path: '/verify/:code', component: VerifyCertificatePage, loader: verifyLoader as TLoader<unknown> },
  { path: '/events', component: EventsPage, loader: eventsLoader as TLoader<unknown> },
  { path: '/events/new', component: EventEditPage },
  { path: '/events/:slug', component: EventPage, loader: eventLoader as TLoader<unknown> },
  { path: '/events/:slug/edit', component: EventEditPage },
  { path: '/events/:slug/registrations', component: EventRegistrationsPage },
  { path: '/events/:slug/check-in', component: CheckInPage },
  { path: '/registrations', component: MyRegistrationsPage },
  { path: '/registrations/:id/:action', component: RegistrationActionPage },
  { path: '/facilities', component: ResourcesPage, loader: resourcesLoader as TLoader<unknown> },
  { path: '/facilities/new', component: ResourceEditPage },
  { path: '/facilities/bookings', component: BookingsAdminPage },
  { path: '/facilities/:slug', component: ResourcePage, loader: resourceLoader as TLoader<unknown> },
  { path: '/facilities/:slug/edit', component: ResourceEditPage },
  { path: '/calendar', component: CalendarPage, loader: calendarLoader as TLoader<unknown> },
  { path: '/invitation', component: AcceptInvitationPage },
  { path: '/start', component: StartPage },
];

export const NOT_FOUND: TRouteDef = { path: '*', component: NotFoundPage };

/** The route for a pathname, as <Routes> would choose it (static segments beat parameters). */
export function matchRoute(pathname: string): { route: TRouteDef; params: Record<string, string | undefined> } {
  const exact = ROUTES.filter((r) => !r.path.includes(':')).find((r) => matchPath({ path: r.path, end: true }, pathname));
  if (exact) return { route: exact, params: {} };
  for (const r of ROUTES) {
    const m = matchPath({ path: r.path, end: true }, pathname);
    if (m) return { route: r, params: m.params };
  }
  return { route: NOT_FOUND, params: {} };
}
