import { desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client';
import { aidGrants, organisations } from '../../../platform/db/schema';
import { notFound } from '../../../platform/errors';
import type { TAidBasis } from '../../../domain/state-aid/aid';
import { deMinimisHeadroom } from '../../../domain/state-aid/de-minimis';
import type { TCalendarDate } from '../../../domain/state-aid/calendar-date';
import type { TOrganisationAid } from '../../../contract/aid';
import { centsToEur } from '../presenter';
import { loadAidRecords } from './aid-records';
import { loadAidSettings } from './aid-settings';
import { loadSingleUndertaking } from './single-undertaking';

/**
 * The de minimis position of an organisation's single undertaking on `date`: the ceiling, the aid counted in the
 * window (our grants and the declared aid of each member's declaration in force), every grant of the group (revoked
 * ones too, marked and never counted), and whether the organisation itself has declared.
 */
export async function getOrganisationAid(
  executor: Executor,
  organisationId: string,
  date: TCalendarDate,
): Promise<TOrganisationAid> {
  const [self] = await executor
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  if (!self) throw notFound('Organisation');
  const group = await loadSingleUndertaking(executor, organisationId);
  const settings = await loadAidSettings(executor);
  const records = await loadAidRecords(executor, group);
  const headroom = deMinimisHeadroom({
    ceilingCents: settings.deMinimisCeilingCents,
    grantDate: date,
    grants: records.grants,
    declarations: records.declared,
    singleUndertaking: group,
  });
  const countedIds = new Set(headroom.counted.map((c) => c.id));
  const rows = await executor
    .select({ grant: aidGrants, organisationName: organisations.legalNameBg })
    .from(aidGrants)
    .innerJoin(organisations, eq(organisations.id, aidGrants.organisationId))
    .where(inArray(aidGrants.organisationId, group))
    .orderBy(desc(aidGrants.grantDate), desc(aidGrants.createdAt));
  const declared = new Map(records.declared.map((d) => [d.id, d]));

  return {
    ceiling: centsToEur(headroom.ceilingCents),
    used: centsToEur(headroom.usedCents),
    remaining: centsToEur(headroom.remainingCents),
    windowStart: headroom.windowStart,
    windowEnd: headroom.windowEnd,
    singleUndertaking: group,
    grants: rows.map(({ grant: g, organisationName }) => ({
      id: g.id,
      organisationId: g.organisationId,
      organisationName,
      requestId: g.requestId,
      serviceId: g.serviceId,
      description: g.description,
      amount: centsToEur(Number(g.amountCents)),
      grantDate: g.grantDate,
      basis: g.basis as TAidBasis,
      gberArticle: g.gberArticle,
      noAidReason: g.noAidReason,
      counted: countedIds.has(g.id),
      revokedAt: g.revokedAt ? g.revokedAt.toISOString() : null,
      revokeReason: g.revokeReason,
    })),
    declarations: headroom.counted
      .filter((c) => c.source === 'declaration')
      .map((c) => declared.get(c.id!)!)
      .map((d) => ({
        organisationId: d.organisationId,
        grantor: d.grantor,
        amount: centsToEur(d.amountCents),
        grantDate: d.grantDate,
        regulation: d.regulation,
      })),
    declarationOnFile: records.declaring.has(organisationId),
  };
}
