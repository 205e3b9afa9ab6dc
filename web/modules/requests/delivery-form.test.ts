import { describe, expect, it } from 'vitest';
import {
  checkDelivery,
  derivedAid,
  draftFromDelivery,
  isIsoDate,
  type TDeliveryDraft,
  type TDeliveryStart,
} from './delivery-form';

const defaults: TDeliveryStart = {
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
};

const draft = (patch: Partial<TDeliveryDraft> = {}): TDeliveryDraft => ({
  ...draftFromDelivery(defaults, 'en'),
  ...patch,
});

describe('delivery form', () => {
  it('shows cents as euros and sends the same cents back, without the aid (the server derives it)', () => {
    const d = draftFromDelivery({ ...defaults, aidCents: 600_050, nationalShareCents: 300_025 }, 'en');
    expect(d.valueCents).toBe('6000.50');
    expect(d.pricePaidCents).toBe('0');
    const r = checkDelivery(d);
    expect(r).toEqual({ ok: true, input: defaults });
    expect(r.ok && 'aidCents' in r.input).toBe(false);
  });

  it('writes a decimal comma in Bulgarian and reads it back', () => {
    const d = draftFromDelivery(defaults, 'bg');
    expect(d.valueCents).toBe('6000,50');
    expect(checkDelivery(d)).toEqual({ ok: true, input: defaults });
  });

  it('reads euros typed with a decimal comma and grouping', () => {
    const r = checkDelivery(draft({ valueCents: '6 000,50', pricePaidCents: '1.000,5' }));
    expect(r.ok && r.input).toMatchObject({ valueCents: 600_050, pricePaidCents: 100_050 });
  });

  it('names each bad field', () => {
    const r = checkDelivery(
      draft({
        description: ' ',
        attendees: '2.5',
        valueCents: 'ten',
        startDate: '2026-02-30',
        category: 'other',
        aidBasis: 'gber',
      }),
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

  it('refuses an end before the start and a price above the value', () => {
    const r = checkDelivery(draft({ endDate: '2026-03-01', pricePaidCents: '6000,51' }));
    expect(r).toEqual({ ok: false, problems: { endDate: 'end_before_start', pricePaidCents: 'price_above_value' } });
  });

  it('asks no-aid records for a reason, and drops the article', () => {
    expect(checkDelivery(draft({ aidBasis: 'none', gberArticle: 'Art. 28' }))).toEqual({
      ok: false,
      problems: { noAidReason: 'required' },
    });
    const r = checkDelivery(draft({ aidBasis: 'none', noAidReason: ' Public task ', gberArticle: 'x' }));
    expect(r.ok && r.input).toMatchObject({ aidBasis: 'none', noAidReason: 'Public task', gberArticle: null });
  });

  it('does not record new aid under the old Regulation 1407/2013', () => {
    expect(checkDelivery(draft({ aidBasis: 'de_minimis_1407' }))).toEqual({
      ok: false,
      problems: { aidBasis: 'basis_1407' },
    });
  });

  it('shows the aid and the national share that follow from the value, the price and the basis', () => {
    expect(derivedAid(draft({ valueCents: '900', pricePaidCents: '100' }), 50)).toEqual({
      aidCents: 800_00,
      nationalShareCents: 400_00,
    });
    expect(derivedAid(draft({ valueCents: '900', pricePaidCents: '100' }), null)).toEqual({
      aidCents: 800_00,
      nationalShareCents: null,
    });
    expect(derivedAid(draft({ aidBasis: 'none', noAidReason: 'x' }), 50)).toEqual({
      aidCents: 0,
      nationalShareCents: 0,
    });
    expect(derivedAid(draft({ valueCents: 'ten' }), 50)).toBeNull();
    expect(derivedAid(draft({ pricePaidCents: '7000' }), 50)).toBeNull();
  });

  it('knows real calendar days', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('29.02.2028')).toBe(false);
  });
});
