import { describe, expect, it } from 'vitest';
import { defaultVisibility, isInternalOnlyType, requiredVisibility } from './visibility';

describe('event visibility by type', () => {
  it('keeps general meetings internal and leaves every other type free', () => {
    expect(isInternalOnlyType('general_meeting')).toBe(true);
    expect(isInternalOnlyType('training')).toBe(false);
    expect(requiredVisibility('general_meeting', 'public')).toBe('internal');
    expect(requiredVisibility('general_meeting', 'members')).toBe('internal');
    expect(requiredVisibility('general_meeting', 'internal')).toBeNull();
    expect(requiredVisibility('training', 'public')).toBeNull();
    expect(requiredVisibility(undefined, 'public')).toBeNull();
    expect(requiredVisibility('general_meeting', undefined)).toBeNull();
    expect(defaultVisibility('general_meeting')).toBe('internal');
    expect(defaultVisibility('workshop')).toBe('public');
  });
});
