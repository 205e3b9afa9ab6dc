import { describe, expect, it } from 'vitest';
import { viewDays } from '../grid';
import { agendaDays } from './calendar-view';

describe("the calendar's list of days", () => {
  it('lists a month from its first to its last day only', () => {
    expect(agendaDays('month', '2026-02-14')).toEqual({ first: '2026-02-01', last: '2026-02-28' });
    expect(agendaDays('month', '2028-02-29')).toEqual({ first: '2028-02-01', last: '2028-02-29' });
    expect(agendaDays('month', '2026-12-31')).toEqual({ first: '2026-12-01', last: '2026-12-31' });
  });

  it("lists a week and a day as the view's days", () => {
    expect(agendaDays('week', '2026-11-25')).toEqual(viewDays('week', '2026-11-25'));
    expect(agendaDays('day', '2026-11-25')).toEqual({ first: '2026-11-25', last: '2026-11-25' });
  });
});
