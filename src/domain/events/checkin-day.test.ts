import { describe, expect, it } from 'vitest';
import { checkInDay } from './checkin-day';

// 9:00–17:00 Sofia on 12 May 2026 (UTC+3 in summer).
const session = { startsAt: new Date('2026-05-12T06:00:00Z'), endsAt: new Date('2026-05-12T14:00:00Z') };

describe('checkInDay', () => {
  it('opens the door for the whole Sofia day of the session, also before it starts and after it ends', () => {
    expect(checkInDay(session, new Date('2026-05-12T06:30:00Z')).onSessionDay).toBe(true);
    // 00:05 Sofia on the day is 21:05 UTC the evening before.
    expect(checkInDay(session, new Date('2026-05-11T21:05:00Z')).onSessionDay).toBe(true);
    expect(checkInDay(session, new Date('2026-05-12T20:59:00Z')).onSessionDay).toBe(true);
  });

  it('keeps it closed the day before and after (Sofia time), and months ahead', () => {
    expect(checkInDay(session, new Date('2026-05-11T20:59:00Z'))).toMatchObject({
      onSessionDay: false,
      today: '2026-05-11',
    });
    expect(checkInDay(session, new Date('2026-05-12T21:00:00Z'))).toMatchObject({
      onSessionDay: false,
      today: '2026-05-13',
    });
    expect(checkInDay(session, new Date('2026-02-01T09:00:00Z'))).toMatchObject({
      onSessionDay: false,
      firstDay: '2026-05-12',
      lastDay: '2026-05-12',
    });
  });

  it('spans every day of a session that runs past midnight; one ending at midnight stays on its day', () => {
    const night = { startsAt: new Date('2026-05-12T17:00:00Z'), endsAt: new Date('2026-05-13T03:00:00Z') };
    expect(checkInDay(night, new Date('2026-05-13T02:00:00Z'))).toMatchObject({
      onSessionDay: true,
      lastDay: '2026-05-13',
    });
    const toMidnight = { startsAt: new Date('2026-05-12T15:00:00Z'), endsAt: new Date('2026-05-12T21:00:00Z') };
    expect(checkInDay(toMidnight, new Date('2026-05-12T21:30:00Z')).onSessionDay).toBe(false);
    expect(checkInDay(toMidnight, new Date('2026-05-12T15:30:00Z')).lastDay).toBe('2026-05-12');
  });
});
