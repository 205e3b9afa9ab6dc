import type { Db } from '../../../platform/db/client';
import { eventSessions, events } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { writeAudit } from '../../../platform/audit/write-audit';
import type { TCreateEvent } from '../../../contract/events/input';
import { defaultVisibility } from '../../../domain/events/visibility';
import { checkOrganiser, eventColumns } from '../event-fields';
import { generateEventSlug, guardDuplicateEventSlug } from '../event-slug';

export interface CreateEventOptions {
  db: Db;
  actor: TActor;
  input: TCreateEvent;
  now: Date;
}

/** Creates an event with its sessions (a draft unless published at once); the slug comes from the English title unless given. */
export async function createEvent(opts: CreateEventOptions): Promise<string> {
  const { input, now } = opts;
  return guardDuplicateEventSlug(input.slug ?? input.titleEn, () =>
    opts.db.transaction(async (tx) => {
      await checkOrganiser(tx, input.organiserId);
      const slug = input.slug ?? (await generateEventSlug(tx, input.titleEn, input.titleBg));
      const [row] = await tx
        .insert(events)
        .values({
          descriptionBg: '',
          descriptionEn: '',
          ...eventColumns(input),
          // A general meeting is internal unless said otherwise (and the input check refuses anything else).
          visibility: input.visibility ?? defaultVisibility(input.type),
          type: input.type,
          titleBg: input.titleBg,
          titleEn: input.titleEn,
          slug,
          createdBy: opts.actor.userId,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: events.id });
      await tx.insert(eventSessions).values(input.sessions.map((s) => ({ ...s, eventId: row.id })));
      await writeAudit(tx, opts.actor, {
        action: 'event.create',
        entityType: 'event',
        entityId: row.id,
        after: { ...input, slug },
      });
      return row.id;
    }),
  );
}
