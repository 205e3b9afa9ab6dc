/** Facilities API shapes as the web app uses them (see the issue 5 contract). */

export const RESOURCE_KINDS = ['cyber_range', 'hpc', 'lab_equipment', 'meeting_room', 'shared_desk'] as const;
export type TResourceKind = (typeof RESOURCE_KINDS)[number];

export const BOOKING_STATUSES = ['pending', 'confirmed', 'cancelled', 'rejected'] as const;
export type TBookingStatus = (typeof BOOKING_STATUSES)[number];

export interface TResourceSummary {
  id: string;
  slug: string;
  kind: TResourceKind;
  titleBg: string;
  titleEn: string;
  location: string | null;
  owner: { id: string; name: string } | null;
  capacity: number;
  approvalRequired: boolean;
  ndaRequired: boolean;
  prerequisiteEvent: { id: string; slug: string; titleBg: string; titleEn: string } | null;
  valuePerHourCents: number;
  pricePerHourCents: number;
}

export interface TAvailabilityRule {
  id?: string;
  rrule: string;
  startTime: string;
  endTime: string;
  validFrom: string;
  validUntil?: string | null;
  note?: string | null;
}

export interface TAvailabilityException {
  id: string;
  kind: 'closed' | 'open';
  startsAt: string;
  endsAt: string;
  reason: string | null;
}

export interface TResourceDetail extends TResourceSummary {
  descriptionBg: string;
  descriptionEn: string;
  minBookingMinutes?: number;
  maxBookingMinutes?: number;
  cancellationHours?: number;
  aidBasis?: string;
  gberArticle?: string | null;
  noAidReason?: string | null;
  published?: boolean;
  rules: TAvailabilityRule[];
  exceptions: TAvailabilityException[];
  abilities: { book: boolean; manage: boolean };
}

export interface TInterval {
  startsAt: string;
  endsAt: string;
}

export interface TAvailability {
  open: TInterval[];
  busy: (TInterval & { seats: number; mine: boolean })[];
  capacity: number;
}

export interface TBooking {
  id: string;
  resource: { id: string; slug: string; titleBg: string; titleEn: string; kind: TResourceKind };
  organisationId: string;
  organisationName: string;
  userName: string | null;
  startsAt: string;
  endsAt: string;
  seats: number;
  status: TBookingStatus;
  purpose: string | null;
  reason: string | null;
  deliveryId: string | null;
  abilities: { cancel: boolean; approve: boolean; record: boolean };
}

export interface TCalendarItem {
  kind: 'booking' | 'event' | 'closure';
  id: string;
  title: { bg: string; en: string } | { titleBg: string; titleEn: string };
  startsAt: string;
  endsAt: string;
  resourceId?: string | null;
  eventSlug?: string | null;
  status?: string | null;
}

export interface TUsage {
  byOrganisation: { organisationId: string; name: string; hours: number }[];
  byResource: { resourceId: string; title: string | { bg: string; en: string }; hours: number; bookings: number }[];
}

/** An NDA an organisation signed with a resource owner (a consortium partner). */
export interface TNda {
  organisationId: string;
  owner: { id: string; name: string };
  signedOn: string;
  recordedAt: string;
}
