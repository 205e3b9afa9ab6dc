/** Paths and calls of the events API. */
import { api, withQuery } from '../../shared/lib/api';
import type {
  TAttendanceResult,
  TCheckInCandidate,
  TCheckInResult,
  TEvent,
  TEventInput,
  TRegistration,
} from '../../../src/contract/events';

export const eventPath = (slug: string) => `/api/v1/events/${encodeURIComponent(slug)}`;
export const eventIcsPath = (slug: string) => `/api/v1/events/${encodeURIComponent(slug)}/event.ics`;
export const registrationIcsPath = (id: string) => `/api/v1/registrations/${id}/registration.ics`;
export const certificatePdfPath = (code: string, lang: string) =>
  `/api/v1/certificates/${encodeURIComponent(code)}.pdf?lang=${lang}`;
export const registrationsPath = (eventId: string, status?: string) =>
  withQuery(`/api/v1/events/${eventId}/registrations`, { status });
export const checkInsPath = (eventId: string, sessionId: string) =>
  `/api/v1/events/${eventId}/sessions/${sessionId}/check-ins`;
export const MY_REGISTRATIONS_PATH = '/api/v1/registrations/mine';

export interface TRegisterBody {
  organisationId?: string;
  seats: number;
  attendeeNames?: string[];
  answers: Record<string, string>;
  contactName?: string;
  contactEmail?: string;
  /** The language of the e-mails to someone staff register (default bg). */
  locale?: 'bg' | 'en';
}

export const register = (eventId: string, body: TRegisterBody) =>
  api<TRegistration>('POST', `/api/v1/events/${eventId}/registrations`, body);

/** The participant's own actions; `token` (from an e-mail link) stands in for signing in. */
export type TRegistrationAction = 'accept-offer' | 'decline-offer' | 'leave-waitlist';
export const REGISTRATION_ACTIONS: readonly TRegistrationAction[] = ['accept-offer', 'decline-offer', 'leave-waitlist'];

export const registrationAction = (id: string, action: TRegistrationAction, token?: string) =>
  api<TRegistration>('POST', withQuery(`/api/v1/registrations/${id}/${action}`, { token }), {});

export const cancelRegistration = (id: string, reason?: string) =>
  api<TRegistration>('POST', `/api/v1/registrations/${id}/cancel`, reason ? { reason } : {});
export const approveRegistration = (id: string) =>
  api<TRegistration>('POST', `/api/v1/registrations/${id}/approve`, {});
export const rejectRegistration = (id: string, reason: string) =>
  api<TRegistration>('POST', `/api/v1/registrations/${id}/reject`, { reason });

export const reorderWaitlist = (
  eventId: string,
  registrationId: string,
  beforeRegistrationId: string | null,
  reason: string,
) =>
  api<unknown>('POST', `/api/v1/events/${eventId}/waitlist/reorder`, { registrationId, beforeRegistrationId, reason });

/** Checks a registration in; `attendees` (names as registered) when the door ticked who of a party came. */
export const checkIn = (
  eventId: string,
  sessionId: string,
  body: { code: string; people?: number; attendees?: string[]; overrideReason?: string },
) => api<TCheckInResult>('POST', checkInsPath(eventId, sessionId), body);

/** The registration a code belongs to, refused like the check-in itself (unknown, not confirmed, already in). */
export const lookUpCheckIn = (eventId: string, sessionId: string, code: string) =>
  api<TCheckInCandidate>('GET', withQuery(`${checkInsPath(eventId, sessionId)}/lookup`, { code }));

/** Records the checked-in attendance as "skills and training" deliveries with their aid (idempotent). */
export const recordAttendance = (eventId: string) =>
  api<TAttendanceResult>('POST', `/api/v1/events/${eventId}/record-attendance`);

export const issueCertificates = (eventId: string) =>
  api<{ issued: number; skipped: number }>('POST', `/api/v1/events/${eventId}/certificates`, {});

export const createEvent = (body: TEventInput) => api<TEvent>('POST', '/api/v1/events', body);
export const updateEvent = (id: string, body: TEventInput) => api<TEvent>('PATCH', `/api/v1/events/${id}`, body);
export const setPublished = (id: string, published: boolean) =>
  api<TEvent>('PUT', `/api/v1/events/${id}/published`, { published });
export const deleteEvent = (id: string) => api<unknown>('DELETE', `/api/v1/events/${id}`);
