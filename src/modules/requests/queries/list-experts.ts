import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client';
import { organisationMembers, organisations, servicePartners, user } from '../../../platform/db/schema';

export interface TExpertChoice {
  id: string;
  name: string;
  email: string;
  partner: { id: string; name: string };
}

/**
 * The people who may deliver a service: users with the expert role who belong to one of its delivering partners
 * (one entry per expert and partner; an expert of two partners may act for either).
 */
export async function listServiceExperts(
  executor: Executor,
  serviceId: string,
  expertId?: string,
): Promise<TExpertChoice[]> {
  const rows = await executor
    .select({
      id: user.id,
      name: user.name,
      email: user.email,
      partnerId: organisations.id,
      partnerName: organisations.legalNameBg,
    })
    .from(servicePartners)
    .innerJoin(
      organisations,
      and(eq(organisations.id, servicePartners.organisationId), eq(organisations.isPartner, true)),
    )
    .innerJoin(organisationMembers, eq(organisationMembers.organisationId, organisations.id))
    .innerJoin(user, and(eq(user.id, organisationMembers.userId), eq(user.role, 'expert')))
    .where(and(eq(servicePartners.serviceId, serviceId), expertId ? eq(user.id, expertId) : undefined))
    .orderBy(asc(user.name), asc(organisations.legalNameBg));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    email: r.email,
    partner: { id: r.partnerId, name: r.partnerName },
  }));
}
