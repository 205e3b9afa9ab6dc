import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { buildRrule, describeRule, parseRrule, RULE_PRESETS } from './rules';
import { RESOURCES } from '../../app/locales';

const i18n = i18next.createInstance();
await i18n.init({
  lng: 'en',
  resources: { bg: { translation: RESOURCES.bg.web }, en: { translation: RESOURCES.en.web } },
  interpolation: { escapeValue: false },
});

describe('availability rules', () => {
  it('parses the accepted RRULE subset and refuses the rest', () => {
    expect(parseRrule('FREQ=WEEKLY;BYDAY=FR,MO;INTERVAL=2;UNTIL=20261231T000000Z')).toEqual({
      freq: 'WEEKLY',
      byDay: ['MO', 'FR'],
      interval: 2,
      until: '2026-12-31',
      count: null,
    });
    expect(parseRrule('FREQ=DAILY;COUNT=5')).toMatchObject({ freq: 'DAILY', count: 5 });
    expect(parseRrule('FREQ=MONTHLY;BYMONTHDAY=1')).toBeNull();
    expect(parseRrule('FREQ=WEEKLY;BYDAY=XX')).toBeNull();
    expect(parseRrule('FREQ=WEEKLY;INTERVAL=0')).toBeNull();
  });

  it('builds RRULEs from chosen days, as the presets do', () => {
    expect(buildRrule(['FR', 'MO', 'TU', 'WE', 'TH'])).toBe(RULE_PRESETS.weekdays.rrule);
    expect(buildRrule(['TU'])).toBe(RULE_PRESETS.tuesdayAfternoons.rrule);
    expect(buildRrule([])).toBe('FREQ=DAILY');
    expect(buildRrule(['TU'], 2)).toBe('FREQ=WEEKLY;BYDAY=TU;INTERVAL=2');
  });

  it('describes rules in words in both languages', () => {
    const en = i18n.getFixedT('en');
    const bgT = i18n.getFixedT('bg');
    expect(describeRule(en, RULE_PRESETS.weekdays)).toBe('Monday to Friday, 09:00–17:00');
    expect(describeRule(en, RULE_PRESETS.tuesdayAfternoons)).toBe('Tuesday, 14:00–18:00');
    expect(describeRule(en, { rrule: 'FREQ=WEEKLY;BYDAY=TU;INTERVAL=2', startTime: '14:00', endTime: '18:00' })).toBe(
      'Every 2 weeks: Tuesday, 14:00–18:00',
    );
    expect(describeRule(en, { rrule: 'FREQ=DAILY', startTime: '08:00', endTime: '20:00' })).toBe(
      'Every day, 08:00–20:00',
    );
    expect(describeRule(bgT, RULE_PRESETS.weekdays)).toBe('От понеделник до петък, 09:00–17:00');
    expect(describeRule(bgT, RULE_PRESETS.tuesdayAfternoons)).toBe('Вторник, 14:00–18:00');
  });
});
