import { describe, expect, it } from 'vitest';
import {
  emptyServiceValues,
  formFieldOf,
  serviceValuesFromDetail,
  serviceValuesToInput,
  validateServiceValues,
} from './form-model';
import type { TServiceDetail } from '../../../src/contract/services';

const filled = () => ({
  ...emptyServiceValues(),
  family: 'test_before_invest' as const,
  titleBg: 'Тестове за проникване',
  titleEn: 'Penetration testing',
  descriptionBg: 'Контролирана атака срещу мрежата ви.',
  descriptionEn: 'A controlled attack on your network.',
  marketValue: '6 000',
  price: '0',
});

describe('validateServiceValues', () => {
  it('accepts a complete service', () => {
    expect(validateServiceValues(filled())).toEqual({});
  });

  it('names every missing or malformed field', () => {
    expect(validateServiceValues({ ...emptyServiceValues(), slug: 'Bad Slug', titleEn: 'ab' })).toEqual({
      slug: 'slugFormat',
      family: 'required',
      titleBg: 'required',
      titleEn: 'tooShort',
      descriptionBg: 'required',
      descriptionEn: 'required',
      marketValue: 'required',
    });
    expect(validateServiceValues({ ...filled(), marketValue: '-5', price: 'abc' })).toMatchObject({
      marketValue: 'money',
      price: 'money',
    });
  });

  it('keeps the price within the market value and asks for the text of the aid basis', () => {
    expect(validateServiceValues({ ...filled(), price: '7000' })).toEqual({ price: 'priceAboveValue' });
    expect(validateServiceValues({ ...filled(), aidBasis: 'gber' })).toEqual({ gberArticle: 'required' });
    expect(validateServiceValues({ ...filled(), aidBasis: 'none', gberArticle: 'Art. 28' })).toEqual({
      noAidReason: 'required',
    });
  });

  it('publishes only with a delivering partner, and keeps the names of the catalogue pages free', () => {
    expect(validateServiceValues({ ...filled(), published: true })).toEqual({ partnerIds: 'partnerRequired' });
    expect(validateServiceValues({ ...filled(), published: true, partnerIds: ['p-1'] })).toEqual({});
    expect(validateServiceValues({ ...filled(), slug: 'new' })).toEqual({ slug: 'slugReserved' });
    expect(validateServiceValues({ ...filled(), slug: 'new-course' })).toEqual({});
  });
});

describe('serviceValuesToInput', () => {
  it('sends cents, leaves an empty slug to the server and drops the other basis text', () => {
    const input = serviceValuesToInput({ ...filled(), marketValue: '6 000,50', price: '', gberArticle: 'Art. 28' });
    expect(input).toMatchObject({ marketValueCents: 600_050, priceCents: 0, gberArticle: null, noAidReason: null });
    expect('slug' in input).toBe(false);
    expect(serviceValuesToInput({ ...filled(), slug: ' Pen-Test ' }).slug).toBe('pen-test');
  });

  it('round-trips a stored service', () => {
    const detail: TServiceDetail = {
      ...serviceValuesToInput(filled()),
      id: 's1',
      slug: 'penetration-testing',
      technologies: ['cybersecurity'],
      marketValueCents: 600_050,
      priceCents: 5_000,
      aidBasis: 'gber',
      gberArticle: 'Art. 28',
      noAidReason: null,
      published: true,
      partners: [{ id: 'p1', legalNameBg: 'П', legalNameEn: null, website: null }],
      createdAt: '',
      updatedAt: '',
      abilities: { update: true, publish: true, delete: false },
    };
    const input = serviceValuesToInput(serviceValuesFromDetail(detail));
    expect(input).toMatchObject({
      slug: 'penetration-testing',
      marketValueCents: 600_050,
      priceCents: 5_000,
      partnerIds: ['p1'],
      gberArticle: 'Art. 28',
    });
  });
});

describe('formFieldOf', () => {
  it('maps API fields (cents, list items) to form fields', () => {
    expect(formFieldOf('priceCents')).toBe('price');
    expect(formFieldOf('marketValueCents')).toBe('marketValue');
    expect(formFieldOf('technologies.0')).toBe('technologies');
    expect(formFieldOf('somethingElse')).toBeNull();
  });
});
