/**
 * Opening-hours rules as the editor and the resource page handle them: the RRULE subset the API accepts
 * (FREQ=DAILY|WEEKLY, BYDAY, INTERVAL, UNTIL, COUNT), presets that produce it, and a sentence describing it.
 */
import type { TFunction } from 'i18next';
import type { TRule } from '../../../src/contract/facilities';

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type TWeekday = (typeof WEEKDAYS)[number];

export interface TParsedRule {
  freq: 'DAILY' | 'WEEKLY';
  byDay: TWeekday[];
  interval: number;
  until: string | null;
  count: number | null;
}

/** Reads an RRULE of the accepted subset; null for anything else. */
export function parseRrule(rrule: string): TParsedRule | null {
  const parts = new Map<string, string>();
  for (const piece of rrule.replace(/^RRULE:/i, '').split(';')) {
    const [k, v] = piece.split('=');
    if (!k || v === undefined) return null;
    parts.set(k.toUpperCase(), v.toUpperCase());
  }
  const freq = parts.get('FREQ');
  if (freq !== 'DAILY' && freq !== 'WEEKLY') return null;
  const byDay = (parts.get('BYDAY') ?? '').split(',').filter(Boolean);
  if (!byDay.every((d): d is TWeekday => (WEEKDAYS as readonly string[]).includes(d))) return null;
  const interval = Number(parts.get('INTERVAL') ?? '1');
  if (!Number.isInteger(interval) || interval < 1) return null;
  const count = parts.has('COUNT') ? Number(parts.get('COUNT')) : null;
  if (count !== null && (!Number.isInteger(count) || count < 1)) return null;
  const untilRaw = parts.get('UNTIL');
  const until = untilRaw ? `${untilRaw.slice(0, 4)}-${untilRaw.slice(4, 6)}-${untilRaw.slice(6, 8)}` : null;
  return { freq, byDay: WEEKDAYS.filter((d) => byDay.includes(d)), interval, until, count };
}

/** Writes the RRULE for chosen days (none = every day) and an interval in weeks. */
export function buildRrule(byDay: readonly TWeekday[], interval = 1): string {
  const days = WEEKDAYS.filter((d) => byDay.includes(d));
  const parts = [days.length === 0 || days.length === 7 ? 'FREQ=DAILY' : 'FREQ=WEEKLY'];
  if (days.length > 0 && days.length < 7) parts.push(`BYDAY=${days.join(',')}`);
  if (interval > 1) parts.push(`INTERVAL=${interval}`);
  return parts.join(';');
}

/** The presets of the editor: what each one fills in. */
export const RULE_PRESETS = {
  weekdays: { rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', startTime: '09:00', endTime: '17:00' },
  tuesdayAfternoons: { rrule: 'FREQ=WEEKLY;BYDAY=TU', startTime: '14:00', endTime: '18:00' },
} as const;
export type TRulePreset = keyof typeof RULE_PRESETS;

/** A rule as one sentence: "Monday to Friday, 09:00–17:00" / "Every 2 weeks on Tuesday, 14:00–18:00". */
export function describeRule(t: TFunction, rule: Pick<TRule, 'rrule' | 'startTime' | 'endTime'>): string {
  const parsed = parseRrule(rule.rrule);
  const hours = `${rule.startTime}–${rule.endTime}`;
  if (!parsed) return t('facilities.rules.custom', { rrule: rule.rrule, hours });
  const days = parsed.freq === 'DAILY' && parsed.byDay.length === 0 ? [...WEEKDAYS] : parsed.byDay;
  let when: string;
  if (days.length === 7) when = t('facilities.rules.everyDay');
  else if (days.join(',') === 'MO,TU,WE,TH,FR') when = t('facilities.rules.weekdays');
  else when = days.map((d) => t(`facilities.weekdays.${d}`)).join(', ');
  if (parsed.interval > 1)
    when = t(parsed.freq === 'DAILY' ? 'facilities.rules.everyNDays' : 'facilities.rules.everyNWeeks', {
      count: parsed.interval,
      when,
    });
  return t('facilities.rules.sentence', { when, hours });
}
