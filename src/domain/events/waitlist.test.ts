import { describe, expect, it } from 'vitest';
import {
  RANK_STEP,
  expiredOffers,
  nextRank,
  offerExpiry,
  offersToMake,
  rankBetween,
  reorderWaitlist,
  waitlistPositions,
} from './waitlist';

describe('offersToMake', () => {
  const waitlist = [
    { id: 'c', seats: 1, rank: 3000 },
    { id: 'a', seats: 2, rank: 1000 },
    { id: 'b', seats: 3, rank: 2000 },
  ];

  it('offers strictly in rank order while whole parties fit', () => {
    expect(offersToMake({ capacity: 10, held: 4, waitlist })).toEqual(['a', 'b', 'c']);
    expect(offersToMake({ capacity: 10, held: 5, waitlist })).toEqual(['a', 'b']);
  });

  it('fills the seats exactly', () => {
    expect(offersToMake({ capacity: 10, held: 5, waitlist: waitlist.slice(1) })).toEqual(['a', 'b']);
    expect(offersToMake({ capacity: 10, held: 8, waitlist })).toEqual(['a']);
  });

  it('does not skip: when the first in line does not fit, nobody behind is offered', () => {
    // 1 seat free: 'a' needs 2, so 'c' (1 seat, would fit) is NOT offered.
    expect(offersToMake({ capacity: 10, held: 9, waitlist })).toEqual([]);
    // 4 seats free: 'a' (2) fits, then 'b' needs 3 with 2 left, so 'c' waits too.
    expect(offersToMake({ capacity: 10, held: 6, waitlist })).toEqual(['a']);
  });

  it('offers nothing when full, over capacity, or nobody waits', () => {
    expect(offersToMake({ capacity: 10, held: 10, waitlist })).toEqual([]);
    expect(offersToMake({ capacity: 10, held: 12, waitlist })).toEqual([]);
    expect(offersToMake({ capacity: 10, held: 0, waitlist: [] })).toEqual([]);
  });

  it('passes over a party larger than the whole capacity instead of blocking the list forever', () => {
    const list = [
      { id: 'huge', seats: 12, rank: 1000 },
      { id: 'small', seats: 2, rank: 2000 },
    ];
    expect(offersToMake({ capacity: 10, held: 0, waitlist: list })).toEqual(['small']);
  });

  it('offers everyone when there is no limit', () => {
    expect(offersToMake({ capacity: null, held: 100, waitlist })).toEqual(['a', 'b', 'c']);
  });

  it('keeps the input order for equal ranks', () => {
    const tied = [
      { id: 'x', seats: 1, rank: 1000 },
      { id: 'y', seats: 1, rank: 1000 },
    ];
    expect(offersToMake({ capacity: 1, held: 0, waitlist: tied })).toEqual(['x']);
  });
});

describe('offer expiry', () => {
  const now = new Date('2026-04-01T10:00:00Z');

  it('holds the seat for the configured hours', () => {
    expect(offerExpiry(now, 48).toISOString()).toBe('2026-04-03T10:00:00.000Z');
    expect(offerExpiry(now, 2).toISOString()).toBe('2026-04-01T12:00:00.000Z');
  });

  it('never runs past the latest moment (the event start), nor before now', () => {
    expect(offerExpiry(now, 48, new Date('2026-04-02T06:00:00Z')).toISOString()).toBe('2026-04-02T06:00:00.000Z');
    expect(offerExpiry(now, 48, new Date('2026-05-01T06:00:00Z')).toISOString()).toBe('2026-04-03T10:00:00.000Z');
    expect(offerExpiry(now, 48, new Date('2026-03-01T06:00:00Z')).toISOString()).toBe(now.toISOString());
  });

  it('finds offers expired at now, inclusive, ignoring other statuses', () => {
    const registrations = [
      { id: 'past', status: 'offered', offerExpiresAt: new Date('2026-04-01T09:59:59Z') },
      { id: 'exact', status: 'offered', offerExpiresAt: new Date('2026-04-01T10:00:00Z') },
      { id: 'future', status: 'offered', offerExpiresAt: new Date('2026-04-01T10:00:01Z') },
      { id: 'confirmed', status: 'confirmed', offerExpiresAt: new Date('2026-03-01T00:00:00Z') },
      { id: 'waiting', status: 'waitlisted', offerExpiresAt: null },
    ];
    expect(expiredOffers(registrations, now)).toEqual(['past', 'exact']);
  });
});

describe('ranks', () => {
  it('appends after the last rank, on the next step', () => {
    expect(nextRank(null)).toBe(RANK_STEP);
    expect(nextRank(3000)).toBe(4000);
    expect(nextRank(3000.5)).toBe(4000);
  });

  it('finds a rank strictly between neighbours, or at either end', () => {
    expect(rankBetween(1000, 2000)).toBe(1500);
    expect(rankBetween(null, 1000)).toBe(0);
    expect(rankBetween(2000, null)).toBe(3000);
    expect(rankBetween(null, null)).toBe(RANK_STEP);
  });

  it('reports no room when six decimals cannot separate the neighbours', () => {
    expect(rankBetween(1, 1.000001)).toBeNull();
    expect(rankBetween(1, 1)).toBeNull();
    expect(rankBetween(1, 1.000002)).toBe(1.000001);
  });

  it('keeps finding room for about twenty moves into the same gap before it runs out', () => {
    let low = 1000;
    const high = 2000;
    let moves = 0;
    for (;;) {
      const rank = rankBetween(low, high);
      if (rank === null) break;
      expect(rank).toBeGreaterThan(low);
      expect(rank).toBeLessThan(high);
      low = rank;
      moves += 1;
    }
    expect(moves).toBeGreaterThanOrEqual(20);
  });
});

describe('reorderWaitlist', () => {
  const list = [
    { id: 'a', rank: 1000 },
    { id: 'b', rank: 2000 },
    { id: 'c', rank: 3000 },
    { id: 'd', rank: 4000 },
  ];
  const order = (updates: { id: string; rank: number }[]) => {
    const ranks = new Map(list.map((e) => [e.id, e.rank]));
    for (const u of updates) ranks.set(u.id, u.rank);
    return [...ranks].sort((x, y) => x[1] - y[1]).map(([id]) => id);
  };

  it('moves an entry before another with one rank update', () => {
    const updates = reorderWaitlist(list, 'd', 'b');
    expect(updates).toEqual([{ id: 'd', rank: 1500 }]);
    expect(order(updates)).toEqual(['a', 'd', 'b', 'c']);
  });

  it('moves to the front and to the end', () => {
    expect(order(reorderWaitlist(list, 'c', 'a'))).toEqual(['c', 'a', 'b', 'd']);
    expect(order(reorderWaitlist(list, 'a', null))).toEqual(['b', 'c', 'd', 'a']);
  });

  it('changes nothing when the entry is already there', () => {
    expect(reorderWaitlist(list, 'b', 'c')).toEqual([]);
    expect(reorderWaitlist(list, 'd', null)).toEqual([]);
    expect(reorderWaitlist(list, 'b', 'b')).toEqual([]);
  });

  it('renumbers the whole list when no rank fits between the neighbours', () => {
    const tight = [
      { id: 'a', rank: 1 },
      { id: 'b', rank: 1.000001 },
      { id: 'c', rank: 5 },
    ];
    expect(reorderWaitlist(tight, 'c', 'b')).toEqual([
      { id: 'a', rank: 1000 },
      { id: 'c', rank: 2000 },
      { id: 'b', rank: 3000 },
    ]);
  });

  it('throws for ids not on the list', () => {
    expect(() => reorderWaitlist(list, 'zz', null)).toThrow(RangeError);
    expect(() => reorderWaitlist(list, 'a', 'zz')).toThrow(RangeError);
  });
});

describe('waitlistPositions', () => {
  it('numbers entries from 1 in rank order', () => {
    const positions = waitlistPositions([
      { id: 'late', rank: 5000 },
      { id: 'early', rank: 1000 },
      { id: 'moved', rank: 1500 },
    ]);
    expect([...positions]).toEqual([
      ['early', 1],
      ['moved', 2],
      ['late', 3],
    ]);
    expect(waitlistPositions([]).size).toBe(0);
  });
});
