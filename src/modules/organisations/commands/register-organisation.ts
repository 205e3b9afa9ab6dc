import type { Db } from '../../../db/client';
import { organisationMembers, organisations } from '../../../db/schema';
import type { TActor } from '../../../http/actor';
import { composeMail } from '../../../mail/compose';
import { enqueueMail } from '../../../mail/outbox';
import { writeAudit } from '../../audit/write-audit';
import { normaliseOrganisation, type TOrganisationFields } from '../organisation-input';
import { guardDuplicateEik } from './duplicate-eik';

export interface RegisterOrganisationOptions {
  db: Db;
  actor: TActor;
  input: TOrganisationFields;
  now: Date;
  publicUrl: string;
}

/** Registers an organisation; the registering user becomes its owner member and gets a confirmation e-mail. */
export async function registerOrganisation(opts: RegisterOrganisationOptions): Promise<string> {
  const fields = normaliseOrganisation(opts.input, opts.now.getFullYear());
  return guardDuplicateEik(fields.eik, () =>
    opts.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(organisations)
        .values({ ...fields, createdBy: opts.actor.userId, createdAt: opts.now, updatedAt: opts.now })
        .returning();
      await tx.insert(organisationMembers).values({ organisationId: row.id, userId: opts.actor.userId, role: 'owner' });
      await writeAudit(tx, opts.actor, { action: 'organisation.register', entityType: 'organisation', entityId: row.id, after: fields });
      await enqueueMail(
        tx,
        composeMail('organisation_registered', opts.actor.locale, {
          to: opts.actor.email,
          name: opts.actor.name,
          organisation: row.legalNameBg,
          url: `${opts.publicUrl}/organisations/${row.id}`,
        }),
      );
      return row.id;
    }),
  );
}
