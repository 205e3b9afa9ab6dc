import { AppError } from '../../platform/errors';
import { countsTowardDeMinimis, type TAidBasis } from '../../domain/state-aid/aid';
import {
  checkDeMinimisGrant,
  countsAgainstCeiling,
  deMinimisWindow,
  type TAidDeclaration,
  type TAidGrant,
} from '../../domain/state-aid/de-minimis';
import type { TCalendarDate } from '../../domain/state-aid/calendar-date';

export interface TCeilingCheckInput {
  ceilingCents: number;
  grantDate: TCalendarDate;
  amountCents: number;
  basis: TAidBasis;
  singleUndertaking: readonly string[];
  /** The group's grants, without the one being granted or changed. */
  grants: readonly TAidGrant[];
  declarations: readonly TAidDeclaration[];
}

/**
 * Refuses (409 aid_ceiling_exceeded, with the headroom) a de minimis amount that would take the single undertaking
 * over the ceiling. The grant is checked on its own day and on the day of every later counted aid whose three-year
 * window still holds it, because raising an older grant (a corrected delivery) may breach a later window.
 */
export function assertWithinCeiling(input: TCeilingCheckInput): void {
  if (!countsTowardDeMinimis(input.basis)) return;
  const later = [...input.grants.filter(countsAgainstCeiling), ...input.declarations]
    .map((e) => e.grantDate)
    .filter((d) => d > input.grantDate && deMinimisWindow(d).start <= input.grantDate);
  const days = [input.grantDate, ...[...new Set(later)].sort()];
  for (const day of days) {
    const result = checkDeMinimisGrant({
      ceilingCents: input.ceilingCents,
      grantDate: day,
      grants: input.grants,
      declarations: input.declarations,
      singleUndertaking: input.singleUndertaking,
      newAmountCents: input.amountCents,
    });
    if (!result.ok) {
      throw new AppError('aid_ceiling_exceeded', result.message, {
        ceilingCents: result.ceilingCents,
        usedCents: result.usedCents,
        remainingCents: result.remainingCents,
        amountCents: input.amountCents,
      });
    }
  }
}

/** De minimis aid (above zero) needs the beneficiary's declaration of its other de minimis aid on file first. */
export function assertDeclarationOnFile(input: { basis: TAidBasis; amountCents: number; declared: boolean }): void {
  if (!countsTowardDeMinimis(input.basis) || input.amountCents === 0 || input.declared) return;
  throw new AppError(
    'declaration_required',
    'The customer must declare the de minimis aid it received in the past three years before de minimis aid can be granted',
  );
}
