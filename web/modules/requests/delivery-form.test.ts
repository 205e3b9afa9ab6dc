import { describe, expect, it } from 'vitest';
import { checkDelivery, draftFromDelivery, isIsoDate, type TDeliveryDraft } from './delivery-form';
import type { TDeliveryInput } from './types';

const defaults: TDeliveryInput = {
  category: 'test_before_invest',
  description: 'Penetration test of the web shop',
  technology: 'cybersecurity',
  startDate: '2026-03-02',
  endDate: '2026-03-04',
  attendees: 0,
  valueCents: 600_050,
  pricePaidCents: 0,
  aidBasis: 'de_minimis',
  gberArticle: null,
  noAidReason: null,
  aidCents: 600_050,
  nationalShareCents: 300_025,
};

const draft = (patch: Partial<TDeliveryDraft> = {}): TDeliveryDraft => ({ ...draftFromDelivery(defaults, 'en'), ...patch });

describe('delivery form', () => {
  it('shows cents as euros and sends the same cents back', () => {
    const d = draftFromDelivery(defaults, 'en');
    expect(d.valueCents).toBe('6000.50');
    expect(d.pricePaidCents).toBe('0');
    expect(checkDelivery(d)).toEqual({ ok: true, input: defaults });
  });

  it('writes a decimal comma in Bulgarian and reads it back', () => {
    const d = draftFromDelivery(defaults, 'bg');
    expect(d.valueCents).toBe('6000,50');
    expect(d.nationalShareCents).toBe('3000,25');
    expect(checkDelivery(d)).toEqual({ ok: true, input: defaults });
  });

  it('reads euros typed with a decimal comma and grouping', () => {
    const r = checkDelivery(draft({ valueCents: '6 000,50', aidCents: '6.000,5', nationalShareCents: '3000,25' }));
    expect(r.ok && r.input).toMatchObject({ valueCents: 600_050, aidCents: 600_050, nationalShareCents: 300_025 });
  });

  it('names each bad field', () => {
    const r = checkDelivery(
      draft({ description: ' ', attendees: '2.5', valueCents: 'ten', startDate: '2026-02-30', category: 'other', aidBasis: 'gber' }),
    );
    expect(r).toEqual({
      ok: false,
      problems: {
        category: 'required',
        description: 'required',
        startDate: 'date',
        attendees: 'whole_number',
        valueCents: 'amount',
        gberArticle: 'required',
      },
    });
  });

  it('refuses an end before the start, aid above the value and a national share above the aid', () => {
    const r = checkDelivery(draft({ endDate: '2026-03-01', aidCents: '6000,51', nationalShareCents: '6000,51' }));
    expect(r).toEqual({ ok: false, problems: { endDate: 'end_before_start', aidCents: 'aid_above_value' } });
    expect(checkDelivery(draft({ nationalShareCents: '6000,51' }))).toEqual({
      ok: false,
      problems: { nationalShareCents: 'share_above_aid' },
    });
  });

  it('asks no-aid records for a reason and a zero amount, and drops the article', () => {
    expect(checkDelivery(draft({ aidBasis: 'none', gberArticle: 'Art. 28' }))).toEqual({
      ok: false,
      problems: { noAidReason: 'required', aidCents: 'no_aid_has_amount' },
    });
    const r = checkDelivery(
      draft({ aidBasis: 'none', noAidReason: ' Public task ', aidCents: '0', nationalShareCents: '0', gberArticle: 'x' }),
    );
    expect(r.ok && r.input).toMatchObject({ aidBasis: 'none', noAidReason: 'Public task', gberArticle: null, aidCents: 0 });
  });

  it('knows real calendar days', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('29.02.2028')).toBe(false);
  });
});
