import type { Executor } from '../../../platform/db/client';
import { computeSingleUndertaking } from '../../../domain/sme';
import { loadOwnershipLinks } from '../../organisations/public';

/** The organisations of `organisationId`'s single undertaking (everything linked by control), itself included, sorted. */
export async function loadSingleUndertaking(executor: Executor, organisationId: string): Promise<string[]> {
  const links = await loadOwnershipLinks(executor, [organisationId]);
  return computeSingleUndertaking(organisationId, links);
}
