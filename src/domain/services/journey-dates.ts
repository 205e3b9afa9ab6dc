/**
 * Where a delivery stands on an organisation's journey. A delivery is dated by the day the service ended (its end
 * date, a Sofia calendar day) — not by when staff recorded it, which moves each time the record is corrected — so the
 * step keeps its place. It sits at the start of that day, but never before the request it belongs to (a service asked
 * for and delivered on the same day follows its request); feedback, given after delivery, follows it.
 */
import { fromWallClock } from '../calendar/zoned-time';
import { parseCalendarDate, type TCalendarDate } from '../state-aid/calendar-date';

export function deliveryInstant(endDate: TCalendarDate, requestCreatedAt: Date | null): Date {
  const { year, month, day } = parseCalendarDate(endDate);
  const startOfDay = fromWallClock({ year, month, day, hour: 0, minute: 0 });
  return requestCreatedAt && requestCreatedAt > startOfDay ? requestCreatedAt : startOfDay;
}
