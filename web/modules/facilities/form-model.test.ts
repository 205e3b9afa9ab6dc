import { describe, expect, it } from 'vitest';
import { emptyResourceValues, resourceValuesToInput, validateResourceValues } from './form-model';

const filled = {
  ...emptyResourceValues(),
  slug: 'cyber-range',
  titleBg: 'Кибер полигон',
  titleEn: 'Cyber range',
  value: '60',
  price: '10,50',
};

describe('resource form model', () => {
  it('accepts a complete resource and converts euros to cents', () => {
    expect(validateResourceValues(filled)).toEqual({});
    expect(resourceValuesToInput(filled)).toMatchObject({
      slug: 'cyber-range',
      valuePerHourCents: 6000,
      pricePerHourCents: 1050,
      capacity: 1,
      ownerId: null,
      gberArticle: null,
    });
  });

  it('names each problem', () => {
    expect(
      validateResourceValues({
        ...filled,
        slug: 'Cyber Range',
        price: '70',
        capacity: '4',
        aidBasis: 'gber',
        cancellationHours: 'x',
      }),
    ).toEqual({
      slug: 'slugFormat',
      price: 'priceAboveValue',
      capacity: 'singleSeat',
      gberArticle: 'required',
      cancellationHours: 'number',
    });
    expect(validateResourceValues({ ...filled, kind: 'shared_desk', capacity: '12' })).toEqual({});
    expect(validateResourceValues({ ...filled, value: 'sixty', titleEn: '' })).toMatchObject({
      value: 'money',
      titleEn: 'required',
    });
  });

  it('asks for the owner when an NDA is required (it is signed with the owner)', () => {
    expect(validateResourceValues({ ...filled, ndaRequired: true })).toEqual({ ndaRequired: 'ndaOwner' });
    expect(
      validateResourceValues({ ...filled, ndaRequired: true, ownerId: 'b7c1f0e2-0000-4000-8000-000000000001' }),
    ).toEqual({});
  });
});
