import { describe, expect, it } from 'vitest';
import { RESOURCES } from '../../../platform/i18n/resources';
import { LOCALES } from '../../../contract/common';
import { START_ITEM_KEYS } from './start-counts';

describe('start page items', () => {
  for (const lng of LOCALES) {
    it(`every item has its singular and plural label in ${lng}`, () => {
      const items = (RESOURCES[lng].web as unknown as { start: { items: Record<string, string> } }).start.items;
      const missing = START_ITEM_KEYS.flatMap((k) => [`${k}_one`, `${k}_other`]).filter((k) => !items[k]);
      expect(missing).toEqual([]);
    });
  }
});
