/** What the resource page derives from the resource itself: its description and the exceptions still ahead. */
import type { TException, TResourceDetail } from '../../../../src/contract/facilities';

/** The description in the UI language; English falls back to Bulgarian. */
export function localDescription(r: Pick<TResourceDetail, 'descriptionBg' | 'descriptionEn'>, locale: string): string {
  return locale === 'en' ? r.descriptionEn || r.descriptionBg : r.descriptionBg;
}

/** Closures and extra openings that have not ended by `now` (ms since the epoch). */
export function upcomingExceptions(exceptions: TException[], now: number): TException[] {
  return exceptions.filter((x) => Date.parse(x.endsAt) > now);
}
