/** Every catalogue enum the UI translates by value has its text in Bulgarian and English. */
import { describe, expect, it } from 'vitest';
import { RESOURCES } from '../../app/locales';
import { LOCALES } from '../../../src/contract/common';
import { AID_BASES, SERVICE_FAMILIES, TECHNOLOGY_AREAS, VALUE_UNITS } from '../../../src/contract/services/enums';

const lookup = (tree: unknown, key: string): unknown =>
  key
    .split('.')
    .reduce<unknown>(
      (node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined),
      tree,
    );

const DYNAMIC: [string, readonly string[]][] = [
  ['services.families', SERVICE_FAMILIES],
  ['services.technologies', TECHNOLOGY_AREAS],
  ['services.units', VALUE_UNITS],
  ['services.valueUnits', VALUE_UNITS],
  ['services.aidBasis', AID_BASES],
  ['services.detail.aid', AID_BASES],
  [
    'services.form.problems',
    ['required', 'tooShort', 'tooLong', 'slugFormat', 'slugTaken', 'money', 'priceAboveValue', 'notPartner', 'invalid'],
  ],
];

describe('service catalogue texts', () => {
  for (const [prefix, values] of DYNAMIC) {
    it(`translates every value of ${prefix}`, () => {
      for (const lng of LOCALES) {
        const missing = values.filter((v) => typeof lookup(RESOURCES[lng].web, `${prefix}.${v}`) !== 'string');
        expect(missing, `missing in ${lng}`).toEqual([]);
      }
    });
  }

  it('puts the amount into every unit text', () => {
    for (const lng of LOCALES)
      for (const u of VALUE_UNITS) expect(lookup(RESOURCES[lng].web, `services.units.${u}`)).toContain('{{amount}}');
  });
});
