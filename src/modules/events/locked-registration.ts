import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/client';
import { eventRegistrations } from '../../platform/db/schema';
import { AppError, notFound } from '../../platform/errors';
import { lockEventOrThrow, type TLockedEvent } from './repo';
import type { TRegistrationRow } from './repo';
export type { TRegistrationRow } from './repo';

/**
 * Runs `work` in one transaction holding the lock of the registration's event (always the event first, then the
 * registration: one lock order for every command, so they cannot deadlock).
 */
export async function withLockedRegistration<T>(
  db: Db,
  registrationId: string,
  work: (tx: Tx, registration: TRegistrationRow, locked: TLockedEvent) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    const [ref] = await tx
      .select({ eventId: eventRegistrations.eventId })
      .from(eventRegistrations)
      .where(eq(eventRegistrations.id, registrationId));
    if (!ref) throw notFound('Registration');
    const locked = await lockEventOrThrow(tx, ref.eventId);
    const [registration] = await tx
      .select()
      .from(eventRegistrations)
      .where(eq(eventRegistrations.id, registrationId))
      .for('update');
    return work(tx, registration, locked);
  });
}

/** A 409 for an action the registration's status does not allow. */
export function requireStatus(registration: TRegistrationRow, allowed: readonly string[], action: string): void {
  if (!allowed.includes(registration.status)) {
    throw new AppError('invalid_transition', `Cannot ${action} a registration that is ${registration.status}`, {
      status: registration.status,
    });
  }
}
