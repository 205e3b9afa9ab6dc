import { eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { events, organisations } from '../../platform/db/schema';
import { fieldError } from '../../platform/errors';
import type { TCreateEvent, TUpdateEvent } from '../../contract/events/input';

/** The event columns an input sets (sessions and slug are written separately); undefined leaves a column as is. */
export function eventColumns(input: TUpdateEvent | TCreateEvent): Partial<typeof events.$inferInsert> {
  const { sessions: _sessions, slug: _slug, ...fields } = input as TUpdateEvent & { published?: boolean };
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<
    typeof events.$inferInsert
  >;
}

/** The organiser must be one of the consortium's partners. */
export async function checkOrganiser(tx: Executor, organiserId: string | null | undefined): Promise<void> {
  if (!organiserId) return;
  const [org] = await tx
    .select({ id: organisations.id, isPartner: organisations.isPartner })
    .from(organisations)
    .where(eq(organisations.id, organiserId));
  if (!org) throw fieldError('organiserId', 'No such organisation', 'unknown');
  if (!org.isPartner)
    throw fieldError('organiserId', 'The organiser must be one of the consortium partners', 'not_partner');
}
