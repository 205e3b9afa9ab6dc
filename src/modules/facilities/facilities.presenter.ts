import { z } from 'zod';
import { BOOKING_STATUSES, RESOURCE_KINDS } from '../../platform/db/schema/facilities';
import { RESOURCE_AID_BASES } from './facility-input';

const ZRef = z.object({ id: z.string(), name: z.string() });

export const ZResourceSummary = z.object({
  id: z.string(),
  slug: z.string(),
  kind: z.enum(RESOURCE_KINDS),
  titleBg: z.string(),
  titleEn: z.string(),
  location: z.string().nullable(),
  owner: ZRef.nullable(),
  capacity: z.number().int(),
  approvalRequired: z.boolean(),
  ndaRequired: z.boolean(),
  prerequisiteEvent: z.object({ id: z.string(), slug: z.string(), titleBg: z.string(), titleEn: z.string() }).nullable(),
  valuePerHourCents: z.number().int(),
  pricePerHourCents: z.number().int(),
});
export type TResourceSummary = z.infer<typeof ZResourceSummary>;

export const ZRule = z.object({
  id: z.string(),
  rrule: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  validFrom: z.string(),
  validUntil: z.string().nullable(),
  note: z.string().nullable(),
});
export type TRule = z.infer<typeof ZRule>;

export const ZException = z.object({
  id: z.string(),
  kind: z.enum(['closed', 'open']),
  startsAt: z.string(),
  endsAt: z.string(),
  reason: z.string().nullable(),
});
export type TException = z.infer<typeof ZException>;

export const ZResourceDetail = ZResourceSummary.extend({
  descriptionBg: z.string(),
  descriptionEn: z.string(),
  aidBasis: z.enum(RESOURCE_AID_BASES),
  gberArticle: z.string().nullable(),
  noAidReason: z.string().nullable(),
  minBookingMinutes: z.number().int(),
  maxBookingMinutes: z.number().int(),
  cancellationHours: z.number().int(),
  published: z.boolean(),
  rules: z.array(ZRule),
  exceptions: z.array(ZException),
  abilities: z.object({ book: z.boolean(), manage: z.boolean() }),
});
export type TResourceDetail = z.infer<typeof ZResourceDetail>;

export const ZInterval = z.object({ startsAt: z.string(), endsAt: z.string() });

export const ZAvailability = z.object({
  open: z.array(ZInterval),
  busy: z.array(ZInterval.extend({ seats: z.number().int(), mine: z.boolean() })),
  capacity: z.number().int(),
});

export const ZBooking = z.object({
  id: z.string(),
  resource: z.object({ id: z.string(), slug: z.string(), titleBg: z.string(), titleEn: z.string(), kind: z.enum(RESOURCE_KINDS) }),
  organisationId: z.string(),
  organisationName: z.string(),
  userName: z.string().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  seats: z.number().int(),
  status: z.enum(BOOKING_STATUSES),
  purpose: z.string().nullable(),
  reason: z.string().nullable(),
  deliveryId: z.string().nullable(),
  abilities: z.object({ cancel: z.boolean(), approve: z.boolean(), record: z.boolean() }),
});
export type TBooking = z.infer<typeof ZBooking>;

export const ZNda = z.object({
  organisationId: z.string(),
  owner: ZRef,
  signedOn: z.string(),
  recordedAt: z.string(),
});

export const ZCalendarItem = z.object({
  kind: z.enum(['booking', 'event', 'closure']),
  id: z.string(),
  title: z.object({ bg: z.string(), en: z.string() }),
  startsAt: z.string(),
  endsAt: z.string(),
  resourceId: z.string().optional(),
  eventSlug: z.string().optional(),
  status: z.string().optional(),
});
export type TCalendarItem = z.infer<typeof ZCalendarItem>;

export const ZUsage = z.object({
  byOrganisation: z.array(z.object({ organisationId: z.string(), name: z.string(), hours: z.number() })),
  byResource: z.array(
    z.object({
      resourceId: z.string(),
      title: z.object({ bg: z.string(), en: z.string() }),
      hours: z.number(),
      bookings: z.number().int(),
    }),
  ),
});
