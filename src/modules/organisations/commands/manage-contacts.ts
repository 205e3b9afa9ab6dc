import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { organisationContacts } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { notFound } from '../../../platform/errors';
import { writeAudit } from '../../../platform/audit/write-audit';
import { lockOrganisation } from '../repo';

export interface TContactInput {
  name: string;
  role?: string | null;
  email?: string | null;
  phone?: string | null;
  consent: boolean;
}

interface ContactOptions {
  db: Db;
  actor: TActor;
  organisationId: string;
  now: Date;
}

/** Adds a contact person; consent to be contacted is dated when given. */
export async function addContact(opts: ContactOptions & { contact: TContactInput }): Promise<void> {
  await opts.db.transaction(async (tx) => {
    await lockOrganisation(tx, opts.organisationId);
    const [row] = await tx
      .insert(organisationContacts)
      .values({
        organisationId: opts.organisationId,
        ...opts.contact,
        consentAt: opts.contact.consent ? opts.now : null,
      })
      .returning();
    await writeAudit(tx, opts.actor, {
      action: 'contact.add',
      entityType: 'organisation',
      entityId: opts.organisationId,
      after: row,
    });
  });
}

/** Changes a contact; the consent date moves only when consent is newly given, and clears when withdrawn. */
export async function updateContact(
  opts: ContactOptions & { contactId: string; contact: Partial<TContactInput> },
): Promise<void> {
  await opts.db.transaction(async (tx) => {
    const key = and(
      eq(organisationContacts.id, opts.contactId),
      eq(organisationContacts.organisationId, opts.organisationId),
    );
    const [before] = await tx.select().from(organisationContacts).where(key).for('update');
    if (!before) throw notFound('Contact');
    const consent = opts.contact.consent ?? before.consent;
    const consentAt = consent ? (before.consent ? before.consentAt : opts.now) : null;
    const [after] = await tx
      .update(organisationContacts)
      .set({ ...opts.contact, consent, consentAt })
      .where(key)
      .returning();
    await writeAudit(tx, opts.actor, {
      action: 'contact.update',
      entityType: 'organisation',
      entityId: opts.organisationId,
      before,
      after,
    });
  });
}

/** Removes a contact person. */
export async function deleteContact(opts: Omit<ContactOptions, 'now'> & { contactId: string }): Promise<void> {
  await opts.db.transaction(async (tx) => {
    const key = and(
      eq(organisationContacts.id, opts.contactId),
      eq(organisationContacts.organisationId, opts.organisationId),
    );
    const [before] = await tx.delete(organisationContacts).where(key).returning();
    if (!before) throw notFound('Contact');
    await writeAudit(tx, opts.actor, {
      action: 'contact.delete',
      entityType: 'organisation',
      entityId: opts.organisationId,
      before,
    });
  });
}
