import { describe, expect, it } from 'vitest';
import { checkSettings, parsePercent, settingsToForm } from './settings-model';

describe('aid settings form', () => {
  it('shows the stored settings as editable text', () => {
    expect(settingsToForm({ deMinimisCeilingCents: 30_000_000, nationalSharePercent: 12.5 })).toEqual({
      ceiling: '300000',
      share: '12,5',
    });
  });

  it('reads percentages with a comma or a point, 0 to 100', () => {
    expect(parsePercent('50')).toBe(50);
    expect(parsePercent('12,5 %')).toBe(12.5);
    expect(parsePercent('0')).toBe(0);
    expect(parsePercent('100')).toBe(100);
    expect(parsePercent('100,01')).toBeNull();
    expect(parsePercent('-1')).toBeNull();
    expect(parsePercent('fifty')).toBeNull();
  });

  it('returns cents and percent, or the problem of each field', () => {
    expect(checkSettings({ ceiling: '300 000', share: '50' })).toEqual({
      problems: {},
      value: { deMinimisCeilingCents: 30_000_000, nationalSharePercent: 50 },
    });
    expect(checkSettings({ ceiling: '0', share: '' }).problems).toEqual({ ceiling: 'range', share: 'required' });
    expect(checkSettings({ ceiling: 'много', share: '101' }).problems).toEqual({ ceiling: 'money', share: 'percent' });
  });
});
