import { describe, expect, it } from 'vitest';
import { validateOwnershipLink } from './validate-link';
import { link } from './test-fixtures';

describe('validateOwnershipLink', () => {
  it('accepts a plain link', () => {
    expect(validateOwnershipLink(link('A', 'B', 30), [])).toEqual({ ok: true });
  });

  it('rejects a self link', () => {
    expect(validateOwnershipLink(link('A', 'A', 30), [])).toMatchObject({
      ok: false,
      code: 'self_link',
      field: 'ownedId',
    });
  });

  it.each([
    [link('A', 'B', -1, 10), 'capitalShare'],
    [link('A', 'B', 100.01, 10), 'capitalShare'],
    [link('A', 'B', 10, 101), 'votingShare'],
    [link('A', 'B', 10, Number.NaN), 'votingShare'],
  ])('rejects a share outside 0..100 (%o)', (l, field) => {
    expect(validateOwnershipLink(l, [])).toMatchObject({ ok: false, code: 'share_range', field });
  });

  it('accepts the bounds 0 and 100', () => {
    expect(validateOwnershipLink(link('A', 'B', 0, 100), [])).toEqual({ ok: true });
  });

  it('rejects capital or voting shares above 100 % in total', () => {
    const existing = [link('X', 'B', 60, 20), link('Y', 'B', 20, 70)];
    const capital = validateOwnershipLink(link('A', 'B', 30, 0), existing);
    expect(capital).toMatchObject({ ok: false, code: 'shares_exceed_100', field: 'capitalShare' });
    const voting = validateOwnershipLink(link('A', 'B', 10, 20), existing);
    expect(voting).toMatchObject({ ok: false, code: 'shares_exceed_100', field: 'votingShare' });
    expect(validateOwnershipLink(link('A', 'B', 20, 10), existing)).toEqual({ ok: true });
  });

  it('replaces an existing link for the same pair instead of adding to it', () => {
    const existing = [link('A', 'B', 70), link('X', 'B', 30)];
    expect(validateOwnershipLink(link('A', 'B', 60), existing)).toEqual({ ok: true });
    expect(validateOwnershipLink(link('A', 'B', 71), existing)).toMatchObject({ code: 'shares_exceed_100' });
  });

  it('tolerates decimal rounding in totals', () => {
    const existing = [link('X', 'B', 33.33), link('Y', 'B', 33.33)];
    expect(validateOwnershipLink(link('A', 'B', 33.34), existing)).toEqual({ ok: true });
  });

  it('only counts holdings in the same owned enterprise', () => {
    expect(validateOwnershipLink(link('A', 'B', 90), [link('A', 'C', 90), link('B', 'C', 10)])).toEqual({ ok: true });
  });

  it('rejects a direct control cycle', () => {
    const r = validateOwnershipLink(link('A', 'B', 60), [link('B', 'A', 10, 10, { boardControl: true })]);
    expect(r).toMatchObject({ ok: false, code: 'control_cycle', field: 'ownerId' });
    if (!r.ok) expect(r.message).toMatch(/cycle/);
  });

  it('rejects a transitive control cycle', () => {
    const existing = [link('A', 'B', 60), link('B', 'C', 0, 0, { dominantInfluence: true })];
    expect(validateOwnershipLink(link('C', 'A', 51), existing)).toMatchObject({ code: 'control_cycle' });
  });

  it('allows non-control cross-holdings and control replacing a reverse non-control link', () => {
    const existing = [link('A', 'B', 60)];
    expect(validateOwnershipLink(link('B', 'A', 10), existing)).toEqual({ ok: true });
    // The same pair is replaced: A → B control re-entered with a different share is not a cycle.
    expect(validateOwnershipLink(link('A', 'B', 80), existing)).toEqual({ ok: true });
    expect(validateOwnershipLink(link('C', 'A', 51), [link('B', 'C', 10), ...existing])).toEqual({ ok: true });
  });
});
