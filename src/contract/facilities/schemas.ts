import { z } from 'zod';
import { ZUuid } from '../schemas';
import { BOOKING_STATUSES, RESOURCE_AID_BASES, RESOURCE_KINDS } from './enums';

// Responses

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
  prerequisiteEvent: z
    .object({ id: z.string(), slug: z.string(), titleBg: z.string(), titleEn: z.string() })
    .nullable(),
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
export type TInterval = z.infer<typeof ZInterval>;

export const ZAvailability = z.object({
  open: z.array(ZInterval),
  busy: z.array(ZInterval.extend({ seats: z.number().int(), mine: z.boolean() })),
  capacity: z.number().int(),
});
export type TAvailability = z.infer<typeof ZAvailability>;

export const ZBooking = z.object({
  id: z.string(),
  resource: z.object({
    id: z.string(),
    slug: z.string(),
    titleBg: z.string(),
    titleEn: z.string(),
    kind: z.enum(RESOURCE_KINDS),
  }),
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
/** An NDA an organisation signed with a resource owner (a consortium partner). */
export type TNda = z.infer<typeof ZNda>;

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
export type TUsage = z.infer<typeof ZUsage>;

// Requests

const text = (min: number, max: number) => z.string().trim().min(min, `at least ${min} characters`).max(max);
const money = z.number().int('whole cents').min(0, 'not negative').max(100_000_000);
const instant = z.iso.datetime({ offset: true, message: 'an ISO instant, e.g. 2026-05-04T09:00:00+03:00' });
const calendarDate = z.iso.date('a date YYYY-MM-DD');

const wallTime = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'a time HH:MM');
/** '24:00' ends a window at midnight (all-day openings). */
const endTime = z.string().regex(/^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$/, 'a time HH:MM (24:00 = midnight)');

/** A bookable resource as the API accepts it (money in euro cents per hour). */
export const ZResourceInput = z.object({
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .max(80)
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case letters, digits and single hyphens'),
  kind: z.enum(RESOURCE_KINDS),
  titleBg: text(3, 200),
  titleEn: text(3, 200),
  descriptionBg: text(0, 5000).default(''),
  descriptionEn: text(0, 5000).default(''),
  location: text(0, 300).nullish(),
  ownerId: ZUuid.nullish(),
  capacity: z.number().int().min(1).max(1000).default(1),
  prerequisiteEventId: ZUuid.nullish(),
  ndaRequired: z.boolean().default(false),
  approvalRequired: z.boolean().default(false),
  valuePerHourCents: money.default(0),
  pricePerHourCents: money.default(0),
  aidBasis: z.enum(RESOURCE_AID_BASES).default('de_minimis'),
  gberArticle: text(1, 100).nullish(),
  noAidReason: text(1, 500).nullish(),
  minBookingMinutes: z
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(30),
  maxBookingMinutes: z
    .number()
    .int()
    .min(5)
    .max(14 * 24 * 60)
    .default(480),
  cancellationHours: z
    .number()
    .int()
    .min(0)
    .max(24 * 30)
    .default(24),
  published: z.boolean().default(true),
});
export type TResourceInput = z.output<typeof ZResourceInput>;

/** A partial change: no defaults, so an absent field keeps its stored value. */
export const ZResourcePatch = z
  .object({
    ...ZResourceInput.shape,
    descriptionBg: text(0, 5000),
    descriptionEn: text(0, 5000),
    capacity: z.number().int().min(1).max(1000),
    ndaRequired: z.boolean(),
    approvalRequired: z.boolean(),
    valuePerHourCents: money,
    pricePerHourCents: money,
    aidBasis: z.enum(RESOURCE_AID_BASES),
    minBookingMinutes: z
      .number()
      .int()
      .min(5)
      .max(24 * 60),
    maxBookingMinutes: z
      .number()
      .int()
      .min(5)
      .max(14 * 24 * 60),
    cancellationHours: z
      .number()
      .int()
      .min(0)
      .max(24 * 30),
    published: z.boolean(),
  })
  .partial();
export type TResourcePatch = z.output<typeof ZResourcePatch>;

/** One opening rule: an RRULE with a Sofia wall-clock window, valid between two dates. */
export const ZRuleInput = z.object({
  rrule: z.string().trim().min(6).max(300),
  startTime: wallTime,
  endTime,
  validFrom: calendarDate,
  validUntil: calendarDate.nullish(),
  note: text(0, 300).nullish(),
});
export type TRuleInput = z.output<typeof ZRuleInput>;
export const ZRulesInput = z.array(ZRuleInput).max(50);

export const ZExceptionInput = z.object({
  kind: z.enum(['closed', 'open']),
  startsAt: instant,
  endsAt: instant,
  reason: text(0, 300).nullish(),
});
export type TExceptionInput = z.output<typeof ZExceptionInput>;

export const ZRangeQuery = z.object({ from: instant, to: instant });

export const ZBookingInput = z.object({
  organisationId: ZUuid,
  startsAt: instant,
  endsAt: instant,
  seats: z.number().int().min(1).max(1000).default(1),
  purpose: text(0, 1000).nullish(),
});
export type TBookingInput = z.output<typeof ZBookingInput>;

export const ZBookingListQuery = z.object({
  resourceId: z.string().uuid().optional(),
  organisationId: z.string().uuid().optional(),
  from: instant.optional(),
  to: instant.optional(),
  status: z.enum(['pending', 'confirmed', 'cancelled', 'rejected']).optional(),
});
export type TBookingListQuery = z.output<typeof ZBookingListQuery>;

export const ZReason = z.object({ reason: text(3, 1000) });
export const ZOptionalReason = z.object({ reason: text(0, 1000).nullish() });

export const ZNdaInput = z.object({ ownerId: ZUuid, signedOn: calendarDate });

export const ZCalendarQuery = z.object({ from: instant, to: instant, resourceId: z.string().uuid().optional() });
