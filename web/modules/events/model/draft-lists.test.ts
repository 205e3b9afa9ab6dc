import { describe, expect, it } from 'vitest';
import { newQuestion, patchAt, withoutAt } from './draft-lists';

describe('draft lists', () => {
  it('patches one item and keeps the others', () => {
    const list = [{ a: 1 }, { a: 2 }, { a: 3 }];
    const out = patchAt(list, 1, { a: 9 });
    expect(out).toEqual([{ a: 1 }, { a: 9 }, { a: 3 }]);
    expect(out[0]).toBe(list[0]);
    expect(list[1]).toEqual({ a: 2 });
  });

  it('drops one item', () => {
    expect(withoutAt(['x', 'y', 'z'], 0)).toEqual(['y', 'z']);
    expect(withoutAt(['x'], 5)).toEqual(['x']);
  });

  it('adds an empty text question with a fresh id', () => {
    const first = newQuestion([]);
    expect(first).toMatchObject({ labelBg: '', labelEn: '', kind: 'text', required: false, options: '' });
    const second = newQuestion([first]);
    expect(second.id).not.toBe(first.id);
  });
});
