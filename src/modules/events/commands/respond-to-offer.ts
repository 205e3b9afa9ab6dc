import { eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { eventRegistrations } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { AppError } from '../../../platform/errors';
import { writeAudit } from '../../../platform/audit/write-audit';
import { enqueueRegistrationMail } from '../registration-mail';
import { lockEventOrThrow } from '../repo';
import { promoteWaitlist } from './promote-waitlist';
import { requireStatus, withLockedRegistration } from '../locked-registration';

/** What a person on the waiting list can do: take the offered seat, decline it, or leave the list. */
export type TOfferResponse = 'accept-offer' | 'decline-offer' | 'leave-waitlist';

export interface RespondToOfferOptions {
  db: Db;
  /** Null when acting through the e-mailed link's token (no sign-in). */
  actor: TActor | null;
  registrationId: string;
  response: TOfferResponse;
  now: Date;
  publicUrl: string;
}

/**
 * Accepting an offer confirms the held seats (until the offer expires; a lapsed offer is the job's to expire) — or,
 * when the event requires approval, makes them pending for staff to approve, still held.
 * Declining an offer or leaving the list frees the place, and the next in line is offered in the same transaction.
 */
export async function respondToOffer(opts: RespondToOfferOptions): Promise<void> {
  const { now } = opts;
  await withLockedRegistration(opts.db, opts.registrationId, async (tx, registration, locked) => {
    if (opts.response === 'leave-waitlist') requireStatus(registration, ['waitlisted'], 'leave the waiting list with');
    else
      requireStatus(
        registration,
        ['offered'],
        opts.response === 'accept-offer' ? 'accept an offer for' : 'decline an offer for',
      );
    if (opts.response === 'accept-offer' && registration.offerExpiresAt && registration.offerExpiresAt <= now) {
      throw new AppError('invalid_transition', 'The offer has expired; the seat has passed to the next person', {
        offerExpiresAt: registration.offerExpiresAt.toISOString(),
      });
    }
    // An accepted offer keeps its seats; where staff approve registrations, it waits for them like any other.
    const admitted = locked.row.approvalRequired ? 'pending' : 'confirmed';
    const status =
      opts.response === 'accept-offer' ? admitted : opts.response === 'decline-offer' ? 'declined' : 'cancelled';
    await tx
      .update(eventRegistrations)
      .set({
        status,
        offerExpiresAt: null,
        waitlistRank: null,
        updatedAt: now,
        ...(status === 'cancelled' ? { reason: 'left the waiting list' } : {}),
      })
      .where(eq(eventRegistrations.id, registration.id));
    await writeAudit(tx, opts.actor, {
      action: `registration.${opts.response}`,
      entityType: 'event_registration',
      entityId: registration.id,
      before: { status: registration.status },
      after: { status, viaLink: !opts.actor },
    });
    if (status === 'confirmed' || status === 'pending') {
      await enqueueRegistrationMail(tx, {
        kind: `registration_${status}`,
        registrationId: registration.id,
        publicUrl: opts.publicUrl,
        now,
      });
    } else {
      await promoteWaitlist(tx, await lockEventOrThrow(tx, locked.row.id), now, opts.publicUrl);
    }
  });
}
