/**
 * When the door is open: a registration is checked in at a session on the session's own day, in the hub's time
 * zone (Europe/Sofia), from midnight to midnight, so early arrivals and late leavers are fine but a scan weeks
 * before or after is not. A session running past midnight keeps the door open through its last day. Outside that
 * window staff may still check someone in (a paper sign-in sheet typed in afterwards) by giving a reason.
 */
import { calendarDateOf } from '../calendar/zoned-time';
import type { TCalendarDate } from '../state-aid/calendar-date';

export interface TCheckInDay {
  /** Whether `now` falls on a day of the session (Sofia time). */
  onSessionDay: boolean;
  /** The session's first and last day (Sofia), the same day for most sessions. */
  firstDay: TCalendarDate;
  lastDay: TCalendarDate;
  /** The day of `now` (Sofia). */
  today: TCalendarDate;
}

export function checkInDay(session: { startsAt: Date; endsAt: Date }, now: Date): TCheckInDay {
  const firstDay = calendarDateOf(session.startsAt);
  // A session ending exactly at midnight belongs to the day before.
  const lastDay = calendarDateOf(new Date(Math.max(session.startsAt.getTime(), session.endsAt.getTime() - 1)));
  const today = calendarDateOf(now);
  return { onSessionDay: today >= firstDay && today <= lastDay, firstDay, lastDay, today };
}

/** The shortest reason staff give for checking someone in outside the session's day. */
export const CHECK_IN_OVERRIDE_REASON_MIN = 5;
export const CHECK_IN_OVERRIDE_REASON_MAX = 500;
