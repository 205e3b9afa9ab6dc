import { asc, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client';
import { organisationContacts, organisationFigures } from '../../../platform/db/schema';
import type { TModule1Source } from '../../../domain/dma/module1';
import { findOrganisationRow } from '../../organisations/public';

/**
 * The registry data Module 1 is snapshotted from: the organisation (with its secondary sector, PSO level and
 * PIC), its latest staff figure, its first contact.
 */
export async function loadModule1Source(executor: Executor, organisationId: string): Promise<TModule1Source> {
  const org = await findOrganisationRow(executor, organisationId);
  const [[figures], [contact]] = await Promise.all([
    executor
      .select({ staff: organisationFigures.staff })
      .from(organisationFigures)
      .where(eq(organisationFigures.organisationId, organisationId))
      .orderBy(desc(organisationFigures.year))
      .limit(1),
    executor
      .select({ name: organisationContacts.name, email: organisationContacts.email })
      .from(organisationContacts)
      .where(eq(organisationContacts.organisationId, organisationId))
      .orderBy(asc(organisationContacts.createdAt))
      .limit(1),
  ]);
  return {
    name: org.legalNameBg,
    eik: org.eik,
    foreignRegistrationNo: org.foreignRegistrationNo,
    organisationType: org.type,
    website: org.website,
    foundationYear: org.foundationYear,
    street: org.street,
    city: org.city,
    postcode: org.postcode,
    oblast: org.oblast,
    nuts2: org.nuts2,
    sector: org.sector,
    secondarySector: org.secondarySector,
    psoLevel: org.psoLevel,
    pic: org.pic,
    latestStaff: figures?.staff ?? null,
    contact: contact ?? null,
  };
}
