import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from '../../../../src/contract/audit';
import { formatDateTime } from '../../../shared/lib/format';
import { actionGroups, prettyJson, shortValue } from './audit';

describe('audit log helpers', () => {
  it('prints a snapshot as indented JSON, or a dash when there is none', () => {
    expect(prettyJson(null)).toBe('—');
    expect(prettyJson(undefined)).toBe('—');
    expect(prettyJson({ a: 1 })).toBe('{\n  "a": 1\n}');
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(prettyJson(loop)).toBe('[object Object]');
  });

  it('shows a changed value in one line', () => {
    expect(shortValue(null, 'en')).toBe('—');
    expect(shortValue('', 'en')).toBe('—');
    expect(shortValue('plain text', 'en')).toBe('plain text');
    expect(shortValue('2025-03-01T10:00:00Z', 'bg')).toBe(formatDateTime('2025-03-01T10:00:00Z', 'bg'));
    expect(shortValue('2025-03-01', 'en')).toBe('2025-03-01');
    expect(shortValue({ a: [1, 2] }, 'en')).toBe('{"a":[1,2]}');
    const long = shortValue('x'.repeat(200).split(''), 'en');
    expect(long).toHaveLength(118);
    expect(long.endsWith('…')).toBe(true);
  });

  it('groups the actions by their first part, in catalogue order', () => {
    expect(actionGroups(['a.x', 'b.y', 'a.z'])).toEqual([
      { prefix: 'a', actions: ['a.x', 'a.z'] },
      { prefix: 'b', actions: ['b.y'] },
    ]);
    const all = actionGroups();
    expect(all.flatMap((g) => g.actions).sort()).toEqual([...AUDIT_ACTIONS].sort());
    expect(all[0]!.prefix).toBe(AUDIT_ACTIONS[0]!.split('.')[0]);
  });
});
