/** Pure helpers of the journey timeline: order, the counts in its summary, and the service title per language. */
import type { TJourneyItem, TJourneyKind } from '../../../src/contract/requests';

/** Oldest first, as the server sends them; sorted again so a late merge never shows out of order (stable). */
export function inTimeOrder(items: readonly TJourneyItem[]): TJourneyItem[] {
  return items
    .map((item, index) => ({ item, index, time: Date.parse(item.at) }))
    .sort((a, b) => (a.time === b.time || Number.isNaN(a.time - b.time) ? a.index - b.index : a.time - b.time))
    .map((x) => x.item);
}

/** How many steps of each kind the journey has, for the summary line. */
export function countByKind(items: readonly TJourneyItem[]): Record<TJourneyKind, number> {
  const counts: Record<TJourneyKind, number> = {
    registered: 0,
    assessment: 0,
    request: 0,
    delivery: 0,
    feedback: 0,
    event_registration: 0,
    check_in: 0,
    certificate: 0,
    booking: 0,
  };
  for (const item of items) counts[item.kind] += 1;
  return counts;
}

/** The service's title in the UI language (English falls back to Bulgarian). */
export function serviceTitle(item: { serviceTitleBg: string; serviceTitleEn: string }, locale: string): string {
  return locale === 'en' ? item.serviceTitleEn || item.serviceTitleBg : item.serviceTitleBg;
}

/** A 1–5 rating as five stars, filled for the rating (the number is also given in words beside it). */
export function stars(rating: number): string {
  const r = Math.max(0, Math.min(5, Math.round(rating)));
  return '★'.repeat(r) + '☆'.repeat(5 - r);
}

/** A title stored in both languages, in the UI language (English falls back to Bulgarian; a missing one is null). */
export function localTitle(bg: string | null, en: string | null, locale: string): string | null {
  return locale === 'en' ? en || bg : bg || en;
}
