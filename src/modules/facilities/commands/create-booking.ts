import { and, eq, gt, inArray, lt, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../../platform/db/client';
import {
  bookings,
  eventCheckIns,
  eventRegistrations,
  organisationNdas,
  organisations,
  resources,
} from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { isStaff } from '../../../platform/http/authorize';
import { AppError, fieldError, notFound } from '../../../platform/errors';
import {
  bookingLengthProblem,
  deskBookingAllowed,
  fitsAvailability,
  maxConcurrentSeats,
} from '../../../domain/calendar/availability';
import { writeAudit } from '../../../platform/audit/write-audit';
import type { TBookingInput } from '../../../contract/facilities';
import { loadOpenIntervals } from '../queries/open-intervals';
import { enqueueBookingMail } from '../booking-mail';
import { isExclusionViolation, slotTaken } from '../constraints';

export interface CreateBookingOptions {
  db: Db;
  actor: TActor;
  resourceId: string;
  input: TBookingInput;
  now: Date;
  publicUrl: string;
}

type TResourceRow = typeof resources.$inferSelect;

/**
 * The person must have been checked in at the prerequisite training (any of its sessions): on a registration of
 * their own account, or one staff made for them under their e-mail address (compared without case).
 */
async function assertPrerequisite(tx: Tx, resource: TResourceRow, actor: TActor): Promise<void> {
  // Staff booking on a customer's behalf vouch for the person themselves.
  if (!resource.prerequisiteEventId || isStaff(actor)) return;
  const [attended] = await tx
    .select({ id: eventCheckIns.registrationId })
    .from(eventCheckIns)
    .innerJoin(eventRegistrations, eq(eventRegistrations.id, eventCheckIns.registrationId))
    .where(
      and(
        eq(eventRegistrations.eventId, resource.prerequisiteEventId),
        or(
          eq(eventRegistrations.userId, actor.userId),
          sql`lower(${eventRegistrations.contactEmail}) = ${actor.email.toLowerCase()}`,
        ),
      ),
    )
    .limit(1);
  if (!attended) {
    throw new AppError(
      'prerequisite_missing',
      'This resource may be booked only by people who attended its introductory training; register for the training first',
      { prerequisiteEventId: resource.prerequisiteEventId },
    );
  }
}

/** The organisation must have signed an NDA with the resource's owner. */
async function assertNda(tx: Tx, resource: TResourceRow, organisationId: string): Promise<void> {
  if (!resource.ndaRequired || !resource.ownerId) return;
  const [nda] = await tx
    .select({ signedOn: organisationNdas.signedOn })
    .from(organisationNdas)
    .where(and(eq(organisationNdas.organisationId, organisationId), eq(organisationNdas.ownerId, resource.ownerId)));
  if (!nda) {
    const [owner] = await tx
      .select({ name: organisations.legalNameBg })
      .from(organisations)
      .where(eq(organisations.id, resource.ownerId));
    throw new AppError(
      'nda_missing',
      `Your organisation has no signed non-disclosure agreement with ${owner?.name ?? 'the owner'}; the hub's team records it once signed`,
      { ownerId: resource.ownerId },
    );
  }
}

/**
 * Under the resource row's lock, the peak of seats already held by overlapping active bookings plus these must fit
 * the resource's capacity now. This holds for every resource, whatever its capacity was when the other bookings were
 * made: desk bookings made at capacity 8 still count against a capacity lowered to 1 (the exclusion constraint only
 * compares bookings made while the resource had a single seat).
 */
async function assertSeats(tx: Tx, resource: TResourceRow, start: Date, end: Date, seats: number): Promise<void> {
  const overlapping = await tx
    .select({ startsAt: bookings.startsAt, endsAt: bookings.endsAt, seats: bookings.seats })
    .from(bookings)
    .where(
      and(
        eq(bookings.resourceId, resource.id),
        inArray(bookings.status, ['pending', 'confirmed']),
        lt(bookings.startsAt, end),
        gt(bookings.endsAt, start),
      ),
    );
  const held = maxConcurrentSeats(overlapping, start, end);
  if (deskBookingAllowed({ capacity: resource.capacity, overlapping: held, seats })) return;
  if (resource.capacity === 1)
    throw slotTaken('Someone else has booked this resource at that time; choose another time');
  throw slotTaken(`Only ${Math.max(resource.capacity - held, 0)} of ${resource.capacity} seats are free at that time`, {
    capacity: resource.capacity,
    free: Math.max(resource.capacity - held, 0),
  });
}

/**
 * Books a time range of a resource for an organisation: inside the opening hours, within the length limits, with the
 * prerequisite training and NDA on file. Seats are counted under a lock on the resource row for every resource
 * (overlapping active bookings against the current capacity); for a single-seat resource the exclusion constraint
 * stays the database's last word (23P01 → 409 slot_taken). Confirmed at once, or pending when the resource needs
 * staff approval. E-mail with the .ics.
 */
export async function createBooking(opts: CreateBookingOptions): Promise<string> {
  const { input, actor, now } = opts;
  const start = new Date(input.startsAt);
  const end = new Date(input.endsAt);
  if (end <= start) throw fieldError('endsAt', 'The end must be after the start', 'before_start');
  if (start < now) throw fieldError('startsAt', 'A booking cannot start in the past', 'in_past');
  try {
    return await opts.db.transaction(async (tx) => {
      // Every booking of this resource takes the row lock first, so seat counts are serialised with each other and with
      // capacity changes (updateResource takes the same lock); the capacity read here is the one the count is held to.
      const [resource] = await tx.select().from(resources).where(eq(resources.id, opts.resourceId)).for('update');
      if (!resource || (!resource.published && !isStaff(actor))) throw notFound('Resource');
      const shared = resource.capacity > 1;
      if (!shared && input.seats !== 1) throw fieldError('seats', 'This resource has a single seat', 'single_seat');
      const [org] = await tx
        .select({ id: organisations.id })
        .from(organisations)
        .where(eq(organisations.id, input.organisationId));
      if (!org) throw notFound('Organisation');

      const length = bookingLengthProblem(start, end, resource.minBookingMinutes, resource.maxBookingMinutes);
      if (length === 'too_short')
        throw new AppError('too_short', `A booking lasts at least ${resource.minBookingMinutes} minutes`);
      if (length === 'too_long')
        throw new AppError('too_long', `A booking lasts at most ${resource.maxBookingMinutes} minutes`);
      const open = await loadOpenIntervals(tx, resource.id, start, end);
      if (!fitsAvailability(open, start, end)) {
        throw new AppError(
          'outside_availability',
          'The resource is not open for the whole of that time; choose a time within its opening hours',
        );
      }
      await assertPrerequisite(tx, resource, actor);
      await assertNda(tx, resource, input.organisationId);
      await assertSeats(tx, resource, start, end, input.seats);

      const status = resource.approvalRequired ? 'pending' : 'confirmed';
      const values = {
        resourceId: resource.id,
        organisationId: input.organisationId,
        userId: actor.userId,
        period: `[${start.toISOString()},${end.toISOString()})`,
        startsAt: start,
        endsAt: end,
        seats: input.seats,
        exclusive: !shared,
        status,
        purpose: input.purpose ?? null,
        createdAt: now,
        updatedAt: now,
      };
      const [row] = await tx.insert(bookings).values(values).returning({ id: bookings.id });
      await writeAudit(tx, actor, {
        action: 'booking.create',
        entityType: 'booking',
        entityId: row.id,
        after: {
          resourceId: resource.id,
          organisationId: input.organisationId,
          startsAt: start,
          endsAt: end,
          seats: input.seats,
          status,
        },
      });
      await enqueueBookingMail(tx, {
        kind: status === 'pending' ? 'booking_requested' : 'booking_confirmed',
        bookingId: row.id,
        publicUrl: opts.publicUrl,
        now,
      });
      return row.id;
    });
  } catch (err) {
    if (isExclusionViolation(err))
      throw slotTaken('Someone else has booked this resource at that time; choose another time');
    throw err;
  }
}
