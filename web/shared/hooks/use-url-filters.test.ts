import { describe, expect, it } from 'vitest';
import { patchFilters, searchDiffers } from './use-url-filters';

describe('URL-kept list filters', () => {
  const filters = { q: 'drone', role: 'staff', page: 4 };

  it('starts again on page 1 after any change but paging', () => {
    expect(patchFilters(filters, { role: 'admin' })).toEqual({ q: 'drone', role: 'admin', page: 1 });
    expect(patchFilters(filters, { q: 'pro' })).toEqual({ q: 'pro', role: 'staff', page: 1 });
    expect(patchFilters(filters, { page: 7 })).toEqual({ q: 'drone', role: 'staff', page: 7 });
    expect(filters.page).toBe(4);
  });

  it('compares the search box with the URL without its surrounding spaces', () => {
    expect(searchDiffers('drone', 'drone')).toBe(false);
    expect(searchDiffers('  drone ', 'drone')).toBe(false);
    expect(searchDiffers('dron', 'drone')).toBe(true);
    expect(searchDiffers('', 'drone')).toBe(true);
  });
});
