/** Calls to the facilities API from the browser. */
import { api, withQuery } from '../../shared/lib/api';
import type { TException, TRule, TBooking, TNda, TResourceDetail } from '../../../src/contract/facilities';

const enc = encodeURIComponent;

export interface TResourceInput {
  slug: string;
  kind: string;
  titleBg: string;
  titleEn: string;
  descriptionBg: string;
  descriptionEn: string;
  location: string | null;
  ownerId: string | null;
  capacity: number;
  prerequisiteEventId: string | null;
  approvalRequired: boolean;
  ndaRequired: boolean;
  valuePerHourCents: number;
  pricePerHourCents: number;
  aidBasis: 'de_minimis' | 'gber' | 'none';
  gberArticle: string | null;
  noAidReason: string | null;
  minBookingMinutes: number;
  maxBookingMinutes: number;
  cancellationHours: number;
  published: boolean;
}

export const createResource = (input: TResourceInput) => api<TResourceDetail>('POST', '/api/v1/resources', input);
export const updateResource = (id: string, patch: Partial<TResourceInput>) =>
  api<TResourceDetail>('PATCH', `/api/v1/resources/${enc(id)}`, patch);
export const replaceRules = (id: string, rules: Omit<TRule, 'id'>[]) =>
  api<unknown>('PUT', `/api/v1/resources/${enc(id)}/rules`, rules);
export const addException = (id: string, body: Omit<TException, 'id'>) =>
  api<unknown>('POST', `/api/v1/resources/${enc(id)}/exceptions`, body);
export const removeException = (id: string, exceptionId: string) =>
  api<unknown>('DELETE', `/api/v1/resources/${enc(id)}/exceptions/${enc(exceptionId)}`);

export const availabilityPath = (id: string, from: string, to: string) =>
  withQuery(`/api/v1/resources/${enc(id)}/availability`, { from, to });

export interface TBookingInput {
  organisationId: string;
  startsAt: string;
  endsAt: string;
  seats?: number;
  purpose?: string;
}
export const createBooking = (resourceId: string, input: TBookingInput) =>
  api<TBooking>('POST', `/api/v1/resources/${enc(resourceId)}/bookings`, input);
export const cancelBooking = (id: string, reason?: string) =>
  api<TBooking>('POST', `/api/v1/bookings/${enc(id)}/cancel`, reason ? { reason } : {});
export const approveBooking = (id: string) => api<TBooking>('POST', `/api/v1/bookings/${enc(id)}/approve`, {});
export const rejectBooking = (id: string, reason: string) =>
  api<TBooking>('POST', `/api/v1/bookings/${enc(id)}/reject`, { reason });
export const recordBookingDelivery = (id: string) =>
  api<TBooking>('POST', `/api/v1/bookings/${enc(id)}/record-delivery`, {});

export const bookingIcsPath = (id: string) => `/api/v1/bookings/${enc(id)}/booking.ics`;

export const ndasPath = (organisationId: string) => `/api/v1/organisations/${enc(organisationId)}/ndas`;
export const recordNda = (organisationId: string, body: { ownerId: string; signedOn: string }) =>
  api<{ items: TNda[] }>('POST', ndasPath(organisationId), body);
