/** Translated names of the aid enums; values the server may add later show as they are rather than as a key. */
import type { TFunction } from 'i18next';
import { AID_BASES } from '../../../src/domain/state-aid/aid';
import { DECLARED_REGULATIONS } from '../../../src/contract/aid';

export function basisName(t: TFunction, basis: string): string {
  return (AID_BASES as readonly string[]).includes(basis) ? t(`aid.bases.${basis}`) : basis;
}

export function regulationName(t: TFunction, regulation: string): string {
  return (DECLARED_REGULATIONS as readonly string[]).includes(regulation)
    ? t(`aid.regulations.${regulation.replace('/', '_')}`)
    : regulation;
}

/** The article (GBER) or the reason (no aid) that goes with a grant's basis, if any. */
export function basisDetail(grant: {
  basis: string;
  gberArticle: string | null;
  noAidReason: string | null;
}): string | null {
  if (grant.basis === 'gber') return grant.gberArticle;
  if (grant.basis === 'none') return grant.noAidReason;
  return null;
}
