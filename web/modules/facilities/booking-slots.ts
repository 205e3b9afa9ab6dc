/**
 * The booking form's arithmetic: the open windows of one Sofia day and whether a chosen start/end fits one of them
 * without running into a busy interval. The server decides for real; this keeps the form honest before sending.
 */
import { addDays, sofiaInstant, sofiaParts } from '../events/calendar-sofia-time';
import type { TAvailability, TInterval } from '../../../src/contract/facilities';

/** The open intervals of `date`, clipped to the day, as Sofia wall-clock 'HH:MM' pairs. */
export function openWindowsOn(availability: Pick<TAvailability, 'open'>, date: string): { from: string; to: string }[] {
  const dayStart = sofiaInstant(date).getTime();
  const dayEnd = sofiaInstant(addDays(date, 1)).getTime();
  return availability.open
    .map((o) => ({ s: Math.max(dayStart, Date.parse(o.startsAt)), e: Math.min(dayEnd, Date.parse(o.endsAt)) }))
    .filter((o) => o.e > o.s)
    .sort((a, b) => a.s - b.s)
    .map((o) => ({
      from: sofiaParts(new Date(o.s)).time,
      to: o.e === dayEnd ? '24:00' : sofiaParts(new Date(o.e)).time,
    }));
}

/** The Sofia days (from the availability) that have any opening, in order. */
export function openDays(availability: Pick<TAvailability, 'open'>): string[] {
  const days = new Set<string>();
  for (const o of availability.open) {
    for (
      let d = sofiaParts(o.startsAt).date;
      d <= sofiaParts(new Date(Date.parse(o.endsAt) - 1)).date;
      d = addDays(d, 1)
    )
      days.add(d);
  }
  return [...days].sort();
}

export type TSlotProblem = 'invalid' | 'order' | 'outside_availability' | 'slot_taken' | 'past';

/** The instants of a day's start/end wall-clock times ('24:00' = next midnight). */
export function slotInstants(date: string, from: string, to: string): TInterval {
  const end = to === '24:00' ? sofiaInstant(addDays(date, 1)) : sofiaInstant(date, to);
  return { startsAt: sofiaInstant(date, from).toISOString(), endsAt: end.toISOString() };
}

/**
 * What is wrong with booking `date` `from`–`to`, or null. `seats` is what the booker asks for; busy intervals
 * count their seats against the capacity (capacity 1: any overlap is taken).
 */
export function checkSlot(
  availability: TAvailability,
  date: string,
  from: string,
  to: string,
  seats: number,
  now: Date,
): TSlotProblem | null {
  if (!/^\d{2}:\d{2}$/.test(from) || !/^\d{2}:\d{2}$/.test(to)) return 'invalid';
  if (to <= from) return 'order';
  const slot = slotInstants(date, from, to);
  const s = Date.parse(slot.startsAt);
  const e = Date.parse(slot.endsAt);
  if (s < now.getTime()) return 'past';
  const inside = availability.open.some((o) => Date.parse(o.startsAt) <= s && Date.parse(o.endsAt) >= e);
  if (!inside) return 'outside_availability';
  const overlapping = availability.busy.filter((b) => Date.parse(b.startsAt) < e && Date.parse(b.endsAt) > s);
  // The most seats held at any one moment of the slot: check at every start of an overlapping booking.
  const moments = [s, ...overlapping.map((b) => Math.max(s, Date.parse(b.startsAt)))];
  const peak = Math.max(
    ...moments.map((m) =>
      overlapping
        .filter((b) => Date.parse(b.startsAt) <= m && Date.parse(b.endsAt) > m)
        .reduce((n, b) => n + b.seats, 0),
    ),
  );
  if (peak + seats > availability.capacity) return 'slot_taken';
  return null;
}
