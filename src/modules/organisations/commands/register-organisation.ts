import type { Db, Tx } from '../../../platform/db/client';
import { asLocale } from '../../../platform/i18n/index';
import { organisationClaims, organisationMembers, organisations } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { organisationPolicy } from '../policy';
import { composeMail } from '../../../platform/mail/compose';
import { enqueueMail } from '../../../platform/mail/outbox';
import { writeAudit } from '../../../platform/audit/write-audit';
import { normaliseOrganisation, type TOrganisationFields } from '../organisation-input';
import { findRegisterEntry } from '../queries/find-register-entry';
import { guardDuplicateEik } from '../constraints';
import { computeGroupSme, storeSme } from './refresh-sme';

export interface RegisterOrganisationOptions {
  db: Db;
  actor: TActor;
  input: TOrganisationFields;
  now: Date;
  publicUrl: string;
}

/** The mail that tells the new owner their organisation is registered (at once, or when staff confirm a claim). */
export async function enqueueRegisteredMail(
  tx: Tx,
  owner: { email: string; name: string; locale: string },
  org: { id: string; legalNameBg: string },
  publicUrl: string,
): Promise<void> {
  await enqueueMail(
    tx,
    composeMail('organisation_registered', asLocale(owner.locale), {
      to: owner.email,
      name: owner.name,
      organisation: org.legalNameBg,
      url: `${publicUrl}/organisations/${org.id}`,
    }),
  );
}

export type TRegistration =
  { kind: 'organisation'; id: string } | { kind: 'claim'; claimId: string; organisationId: string };

/**
 * Registers an organisation; the registering user becomes its owner member and gets a confirmation e-mail. A customer
 * registering under an EIK of the public register only claims it: the organisation is recorded (so the EIK is held)
 * without members, and staff confirm or reject the claim (see decide-claim.ts) before the membership takes effect.
 * Its stored SME category is written with it.
 */
export async function registerOrganisation(opts: RegisterOrganisationOptions): Promise<TRegistration> {
  const fields = normaliseOrganisation(opts.input, opts.now.getFullYear());
  return guardDuplicateEik(fields.eik, () =>
    opts.db.transaction(async (tx): Promise<TRegistration> => {
      const claimed =
        !organisationPolicy.registerWithoutClaim(opts.actor) && (await findRegisterEntry(tx, fields.eik)) !== null;
      const [row] = await tx
        .insert(organisations)
        .values({ ...fields, createdBy: opts.actor.userId, createdAt: opts.now, updatedAt: opts.now })
        .returning();
      // A new organisation has no figures and no links yet: its stored SME category is its own ("no figures").
      await storeSme(tx, computeGroupSme([{ id: row.id, name: row.legalNameBg, type: row.type, figures: [] }], []));
      if (claimed) {
        const [claim] = await tx
          .insert(organisationClaims)
          .values({
            organisationId: row.id,
            userId: opts.actor.userId,
            eik: fields.eik!,
            legalNameBg: row.legalNameBg,
            createdAt: opts.now,
          })
          .returning({ id: organisationClaims.id });
        await writeAudit(tx, opts.actor, {
          action: 'organisation.claim',
          entityType: 'organisation',
          entityId: row.id,
          after: { ...fields, claimId: claim.id },
        });
        return { kind: 'claim', claimId: claim.id, organisationId: row.id };
      }
      await tx.insert(organisationMembers).values({ organisationId: row.id, userId: opts.actor.userId, role: 'owner' });
      await writeAudit(tx, opts.actor, {
        action: 'organisation.register',
        entityType: 'organisation',
        entityId: row.id,
        after: fields,
      });
      await enqueueRegisteredMail(tx, opts.actor, row, opts.publicUrl);
      return { kind: 'organisation', id: row.id };
    }),
  );
}
