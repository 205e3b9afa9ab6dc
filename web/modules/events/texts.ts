/** Picking the language of an event's texts, and small pure rules the event screens share. */
import type {
  TEvent,
  TEventSession,
  TEventSummary,
  TQuestion,
  TQuestionOption,
  TRegistration,
} from '../../../src/contract/events';

type TBilingual = { titleBg: string; titleEn: string };

/** The title in the UI language; English falls back to Bulgarian when it is empty. */
export function eventTitle(e: TBilingual, locale: string): string {
  return locale === 'en' ? e.titleEn || e.titleBg : e.titleBg;
}

export function eventDescription(e: Pick<TEvent, 'descriptionBg' | 'descriptionEn'>, locale: string): string {
  return locale === 'en' ? e.descriptionEn || e.descriptionBg : e.descriptionBg;
}

export function sessionTitle(s: Pick<TEventSession, 'titleBg' | 'titleEn'>, locale: string): string {
  return (locale === 'en' ? s.titleEn || s.titleBg : s.titleBg) ?? '';
}

export function questionLabel(q: Pick<TQuestion, 'labelBg' | 'labelEn'> | TQuestionOption, locale: string): string {
  return locale === 'en' ? q.labelEn || q.labelBg : q.labelBg;
}

/** Paragraphs of a description (blank lines separate them). */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** What the seats badge says: open without a limit, N seats left, or full (new registrations wait). */
export type TSeats = { kind: 'unlimited' } | { kind: 'left'; count: number } | { kind: 'full'; waiting: number };

export function seatsState(e: Pick<TEventSummary, 'capacity' | 'seatsLeft' | 'waitlistCount'>): TSeats {
  if (e.capacity === null || e.seatsLeft === null) return { kind: 'unlimited' };
  if (e.seatsLeft <= 0) return { kind: 'full', waiting: e.waitlistCount };
  return { kind: 'left', count: e.seatsLeft };
}

/** Registrations that still count: the form offers a new one only when none of these exists. */
export const ACTIVE_STATUSES = ['pending', 'confirmed', 'waitlisted', 'offered'] as const;

export function isActive(r: Pick<TRegistration, 'status'>): boolean {
  return (ACTIVE_STATUSES as readonly string[]).includes(r.status);
}

/**
 * The waiting-list move as the API takes it: the registration to place before, or null for the end.
 * Moving up places it before its predecessor; moving down before the one after its successor.
 */
export function waitlistMove(
  ids: readonly string[],
  index: number,
  direction: 'up' | 'down',
): string | null | undefined {
  if (index < 0 || index >= ids.length) return undefined;
  if (direction === 'up') return index === 0 ? undefined : ids[index - 1];
  if (index === ids.length - 1) return undefined;
  return index + 2 < ids.length ? ids[index + 2] : null;
}
