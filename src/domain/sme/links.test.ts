import { describe, expect, it } from 'vitest';
import { computeSingleUndertaking, isControlLink } from './links';
import { link } from './test-fixtures';

describe('isControlLink', () => {
  it('recognises each form of control', () => {
    expect(isControlLink(link('A', 'B', 10, 50.01))).toBe(true);
    expect(isControlLink(link('A', 'B', 90, 50))).toBe(false);
    expect(isControlLink(link('A', 'B', 10, 10, { boardControl: true }))).toBe(true);
    expect(isControlLink(link('A', 'B', 0, 0, { dominantInfluence: true }))).toBe(true);
    expect(isControlLink(link('A', 'B', 20, 20, { votingAgreement: true }))).toBe(true);
  });
});

describe('computeSingleUndertaking', () => {
  const links = [link('A', 'B', 60), link('B', 'C', 10, 10, { boardControl: true }), link('D', 'B', 30)];

  it('follows control down a chain and leaves partners out', () => {
    expect(computeSingleUndertaking('A', links)).toEqual(['A', 'B', 'C']);
  });

  it('follows control upwards too', () => {
    expect(computeSingleUndertaking('C', links)).toEqual(['A', 'B', 'C']);
  });

  it('contains only the partner itself for a partner', () => {
    expect(computeSingleUndertaking('D', links)).toEqual(['D']);
  });

  it('includes sister companies and returns a sorted list', () => {
    expect(
      computeSingleUndertaking('Z', [
        link('P', 'Z', 100),
        link('P', 'Y', 51),
        link('Y', 'X', 0, 0, { dominantInfluence: true }),
      ]),
    ).toEqual(['P', 'X', 'Y', 'Z']);
  });

  it('returns the enterprise alone without links and survives cycles', () => {
    expect(computeSingleUndertaking('A', [])).toEqual(['A']);
    expect(computeSingleUndertaking('A', [link('A', 'B', 60), link('B', 'A', 60)])).toEqual(['A', 'B']);
  });
});
