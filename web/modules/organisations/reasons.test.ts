import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n';
import { reasonParams, reasonText } from './reasons';

describe('SME reasons in words', () => {
  const bg = createI18n('bg').t;
  const en = createI18n('en').t;

  it('translates categories and formats money, shares and names', () => {
    expect(
      reasonParams(
        { code: 'two_year_rule_changed', params: { from: 'small', to: 'medium', previousYear: 2023, year: 2024 } },
        en,
        'en',
      ),
    ).toEqual({
      from: 'Small enterprise',
      to: 'Medium-sized enterprise',
      previousYear: '2023',
      year: '2024',
    });
    expect(
      reasonParams(
        { code: 'turnover_within', params: { year: 2025, turnover: 1_500_000, ceiling: 10_000_000 } },
        en,
        'en',
      ),
    ).toEqual({
      year: '2025',
      turnover: '€1,500,000',
      ceiling: '€10,000,000',
    });
    expect(
      reasonParams({ code: 'staff_below', params: { year: 2025, staff: 12, ceiling: 50 } }, en, 'en').ceiling,
    ).toBe('50');
    const names = new Map([['org-1', 'Холдинг АД']]);
    expect(
      reasonParams({ code: 'partner_added', params: { id: 'org-1', share: 30, via: 'org-2' } }, en, 'en', (id) =>
        names.get(id),
      ),
    ).toEqual({
      id: 'Холдинг АД',
      share: '30%',
      via: 'org-2',
    });
  });

  it('writes whole sentences in both languages', () => {
    const reason = { code: 'single_year', params: { year: 2025 } };
    expect(reasonText(reason, en, 'en')).toBe('Only one year (2025) is known; the category rests on it.');
    expect(reasonText(reason, bg, 'bg')).toBe('Известна е само една година (2025); категорията се определя по нея.');
    expect(reasonText({ code: 'public_body_25', params: { share: 40 } }, bg, 'bg')).toContain('40%');
  });

  it('falls back to a generic sentence for a code it does not know', () => {
    expect(reasonText({ code: 'brand_new_rule', params: {} }, en, 'en')).toBe(
      'An additional rule was applied (brand_new_rule).',
    );
  });
});
