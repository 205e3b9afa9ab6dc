import { eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client';
import { bookings } from '../../platform/db/schema';
import { notFound } from '../../platform/errors';

/** Reads a booking under a row lock, so two decisions on it are serialised. */
export async function lockBooking(tx: Tx, id: string): Promise<typeof bookings.$inferSelect> {
  const [row] = await tx.select().from(bookings).where(eq(bookings.id, id)).for('update');
  if (!row) throw notFound('Booking');
  return row;
}
