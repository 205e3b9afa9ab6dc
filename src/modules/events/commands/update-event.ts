import { and, eq, inArray, notInArray } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { eventSessions, events } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { fieldError, notFound } from '../../../platform/errors';
import { writeAudit } from '../../../platform/audit/write-audit';
import type { TUpdateEvent } from '../../../contract/events/input';
import { requiredVisibility } from '../../../domain/events/visibility';
import { checkOrganiser, eventColumns } from '../event-fields';
import { guardDuplicateEventSlug } from '../event-slug';
import { lockEventOrThrow } from '../repo';
import { promoteWaitlist } from './promote-waitlist';

export interface UpdateEventOptions {
  db: Db;
  actor: TActor;
  eventId: string;
  input: TUpdateEvent;
  now: Date;
  publicUrl: string;
}

/**
 * Changes an event under its lock. `sessions`, when given, replaces the list: sessions named by id are updated,
 * others added, the rest removed. A raised capacity passes the new seats to the waiting list at once; a lowered
 * one never takes seats away from people who hold them.
 */
export async function updateEvent(opts: UpdateEventOptions): Promise<void> {
  const { input, now } = opts;
  await guardDuplicateEventSlug(input.slug ?? '', () =>
    opts.db.transaction(async (tx) => {
      const before = await lockEventOrThrow(tx, opts.eventId);
      await checkOrganiser(tx, input.organiserId);
      // The merged event must still be valid: a general meeting stays internal.
      if (requiredVisibility(input.type ?? before.row.type, input.visibility ?? before.row.visibility)) {
        throw fieldError(
          'visibility',
          'A general meeting is internal (consortium partners and staff only)',
          'internal_required',
        );
      }
      const certificateMin =
        input.certificateMinSessions === undefined ? before.row.certificateMinSessions : input.certificateMinSessions;
      if ((input.certificateRule ?? before.row.certificateRule) === 'min' && !certificateMin) {
        throw fieldError('certificateMinSessions', 'required for the "min" rule', 'required');
      }
      await tx
        .update(events)
        .set({ ...eventColumns(input), ...(input.slug ? { slug: input.slug } : {}), updatedAt: now })
        .where(eq(events.id, opts.eventId));
      if (input.sessions) {
        const existing = await tx
          .select({ id: eventSessions.id })
          .from(eventSessions)
          .where(eq(eventSessions.eventId, opts.eventId));
        const known = new Set(existing.map((s) => s.id));
        const kept = input.sessions.filter((s) => s.id).map((s) => s.id!);
        const stranger = kept.find((id) => !known.has(id));
        if (stranger) throw notFound('Session');
        await tx
          .delete(eventSessions)
          .where(
            kept.length
              ? and(eq(eventSessions.eventId, opts.eventId), notInArray(eventSessions.id, kept))
              : eq(eventSessions.eventId, opts.eventId),
          );
        for (const { id, ...s } of input.sessions) {
          if (id)
            await tx
              .update(eventSessions)
              .set(s)
              .where(and(eq(eventSessions.id, id), inArray(eventSessions.eventId, [opts.eventId])));
          else await tx.insert(eventSessions).values({ ...s, eventId: opts.eventId });
        }
      }
      await writeAudit(tx, opts.actor, {
        action: 'event.update',
        entityType: 'event',
        entityId: opts.eventId,
        before: before.row,
        after: input,
      });
      await promoteWaitlist(tx, await lockEventOrThrow(tx, opts.eventId), now, opts.publicUrl);
    }),
  );
}
