import { eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { organisations } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { notFound } from '../../../platform/errors';
import { writeAudit } from '../../../platform/audit/write-audit';
import { normaliseOrganisation, ZOrganisationInput, type TOrganisationInput } from '../organisation-input';
import { guardDuplicateEik } from '../constraints';
import { lockGroupOf } from '../repo';
import { refreshStoredSme } from './refresh-sme';

export interface UpdateOrganisationOptions {
  db: Db;
  actor: TActor;
  organisationId: string;
  patch: Partial<TOrganisationInput>;
  now: Date;
}

/**
 * Changes an organisation's own fields; the whole record is re-checked against the registry's rules. A changed type
 * (a public body's holdings exclude the enterprises it holds from SME status) recomputes the stored SME category of
 * the ownership group, which is therefore locked first, as every SME input change does.
 */
export async function updateOrganisation(opts: UpdateOrganisationOptions): Promise<void> {
  await opts.db.transaction(async (tx) => {
    const lock = await lockGroupOf(tx, opts.organisationId);
    const [before] = await tx.select().from(organisations).where(eq(organisations.id, opts.organisationId));
    if (!before) throw notFound('Organisation');
    const merged = ZOrganisationInput.parse({
      legalNameBg: before.legalNameBg,
      legalNameEn: before.legalNameEn,
      type: before.type,
      country: before.country,
      eik: before.eik,
      foreignRegistrationNo: before.foreignRegistrationNo,
      vat: before.vat,
      street: before.street,
      city: before.city,
      postcode: before.postcode,
      oblast: before.oblast,
      sector: before.sector,
      secondarySector: before.secondarySector,
      psoLevel: before.psoLevel as TOrganisationInput['psoLevel'],
      pic: before.pic,
      naceCode: before.naceCode,
      website: before.website,
      foundationYear: before.foundationYear,
      ...opts.patch,
    });
    const fields = normaliseOrganisation(merged, opts.now.getFullYear());
    await guardDuplicateEik(fields.eik, () =>
      tx
        .update(organisations)
        .set({ ...fields, updatedAt: opts.now })
        .where(eq(organisations.id, opts.organisationId)),
    );
    const changed = Object.keys(fields).filter(
      (k) => (fields as unknown as Record<string, unknown>)[k] !== (before as Record<string, unknown>)[k],
    );
    await writeAudit(tx, opts.actor, {
      action: 'organisation.update',
      entityType: 'organisation',
      entityId: opts.organisationId,
      before: Object.fromEntries(changed.map((k) => [k, (before as Record<string, unknown>)[k]])),
      after: Object.fromEntries(changed.map((k) => [k, (fields as unknown as Record<string, unknown>)[k]])),
    });
    if (fields.type !== before.type) await refreshStoredSme(tx, [opts.organisationId], lock);
  });
}
