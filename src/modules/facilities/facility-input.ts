import { z } from 'zod';
import { RESOURCE_KINDS } from '../../platform/db/schema/facilities';

const text = (min: number, max: number) => z.string().trim().min(min, `at least ${min} characters`).max(max);
const money = z.number().int('whole cents').min(0, 'not negative').max(100_000_000);
const instant = z.iso.datetime({ offset: true, message: 'an ISO instant, e.g. 2026-05-04T09:00:00+03:00' });
const calendarDate = z.iso.date('a date YYYY-MM-DD');
/** The bases a resource's aid may rest on (the old 1407/2013 regulation is not granted any more). */
export const RESOURCE_AID_BASES = ['de_minimis', 'gber', 'none'] as const;

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
  ownerId: z.string().uuid('must be a UUID').nullish(),
  capacity: z.number().int().min(1).max(1000).default(1),
  prerequisiteEventId: z.string().uuid('must be a UUID').nullish(),
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
  organisationId: z.string().uuid('must be a UUID'),
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

export const ZNdaInput = z.object({ ownerId: z.string().uuid('must be a UUID'), signedOn: calendarDate });

export const ZCalendarQuery = z.object({ from: instant, to: instant, resourceId: z.string().uuid().optional() });
