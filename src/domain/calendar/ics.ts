/**
 * An RFC 5545 (iCalendar) writer for the hub's events, sessions and bookings.
 *
 * - Lines end with CRLF and are folded so that no line exceeds 75 octets of UTF-8 (a continuation line starts
 *   with one space, which counts); folds never split a multi-byte character, so Cyrillic survives.
 * - TEXT values escape backslash, semicolon, comma and newlines (RFC 5545 §3.3.11).
 * - Times are written as DTSTART;TZID=Europe/Sofia:YYYYMMDDTHHMMSS local time with a VTIMEZONE describing the
 *   EU rules (summer time from the last Sunday of March 03:00 local, +03:00 EEST; back on the last Sunday of
 *   October 04:00 local, +02:00 EET). The one exception: a time in the repeated autumn hour (03:00–03:59 on
 *   the last Sunday of October) is written in UTC (…Z). RFC 5545 says such a local time means its first
 *   occurrence, but clients differ (ical.js takes the second), and UTC is unambiguous for all of them.
 * - DTSTAMP is required by RFC 5545: the caller passes `now` (the core reads no clock).
 * - One UID per thing everywhere (a session is `session-<id>@edihub` in the event's file, a registration's file, the
 *   e-mailed invitation and the feed), so a calendar that receives it twice updates one entry instead of showing two.
 *   SEQUENCE comes from the thing's last change (icsSequence), so a newer copy replaces an older one; METHOD:CANCEL
 *   (RFC 5546) removes the entries it names, and marks each of its VEVENTs CANCELLED.
 */
import { HUB_TIME_ZONE, toWallClock, wallClockOccurrences } from './zoned-time';

/** One VEVENT: a session of an event, or a booking. */
export interface TIcsEvent {
  /** Globally unique and stable across updates (e.g. `session-<uuid>@edihub`). */
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  description?: string | null;
  location?: string | null;
  url?: string | null;
  status?: 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED';
  /** Increase on every change of an event already sent (RFC 5546); default 0. */
  sequence?: number;
  /** Needed by calendar clients for METHOD:REQUEST invitations. */
  organizer?: { name: string; email: string } | null;
}

/** A whole calendar: its display name, events, and the iTIP method (PUBLISH for feeds and downloads). */
export interface TIcsCalendar {
  name: string;
  events: readonly TIcsEvent[];
  method?: 'PUBLISH' | 'REQUEST' | 'CANCEL';
  /** The DTSTAMP of every event: the caller's time (the core reads no clock). */
  now: Date;
}

/** The HTTP content type of an .ics body. */
export const ICS_CONTENT_TYPE = 'text/calendar; charset=utf-8';

const PRODID = '-//EDIHub//Events and facilities//EN';

/** The Europe/Sofia VTIMEZONE with the EU daylight-saving rules (lines, unfolded). */
export const SOFIA_VTIMEZONE: readonly string[] = [
  'BEGIN:VTIMEZONE',
  `TZID:${HUB_TIME_ZONE}`,
  `X-LIC-LOCATION:${HUB_TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0300',
  'TZNAME:EEST',
  'DTSTART:19700329T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0300',
  'TZOFFSETTO:+0200',
  'TZNAME:EET',
  'DTSTART:19701025T040000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** Escapes a TEXT value: backslash, semicolon, comma, and any newline as \n. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Drops control characters that no iCalendar value may hold (a URI or an escaped TEXT never needs them). */
function withoutControls(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '');
}

/** The UTF-8 length of one code point (no Buffer, so the module also runs in the browser). */
function utf8Octets(char: string): number {
  const cp = char.codePointAt(0) ?? 0;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/** Folds one content line into lines of at most 75 UTF-8 octets, joined by CRLF + space. */
export function foldLine(line: string): string {
  const chunks: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = utf8Octets(char);
    if (octets + size > limit) {
      chunks.push(current);
      current = '';
      octets = 0;
      limit = 74; // the leading space of a continuation line takes one octet
    }
    current += char;
    octets += size;
  }
  chunks.push(current);
  return chunks.join('\r\n ');
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** An instant as a UTC DATE-TIME: 20260329T070000Z. */
export function formatUtc(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** A DTSTART/DTEND property: Sofia local time with TZID, or UTC for a time in the repeated autumn hour. */
function dateTimeProperty(name: 'DTSTART' | 'DTEND', instant: Date): string {
  const wall = toWallClock(instant);
  if (wallClockOccurrences(wall).length !== 1) return `${name}:${formatUtc(instant)}`;
  const local = `${pad(wall.year, 4)}${pad(wall.month)}${pad(wall.day)}T${pad(wall.hour)}${pad(wall.minute)}${pad(wall.second)}`;
  return `${name};TZID=${HUB_TIME_ZONE}:${local}`;
}

/**
 * The SEQUENCE of a VEVENT whose source was created at `createdAt` and last changed at `changedAt`: whole seconds
 * between the two. It grows with every later change and never goes down, so calendar clients take the newest copy;
 * a cancellation passes its own time as `changedAt` to outrank every copy sent before.
 */
export function icsSequence(createdAt: Date, changedAt: Date): number {
  return Math.max(0, Math.floor((changedAt.getTime() - createdAt.getTime()) / 1000));
}

function eventLines(event: TIcsEvent, stamp: Date): string[] {
  if (event.end.getTime() <= event.start.getTime()) throw new RangeError(`Event ${event.uid} ends before it starts`);
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(withoutControls(event.uid))}`,
    `DTSTAMP:${formatUtc(stamp)}`,
    dateTimeProperty('DTSTART', event.start),
    dateTimeProperty('DTEND', event.end),
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.url) lines.push(`URL:${withoutControls(event.url)}`);
  if (event.organizer) {
    // A quoted parameter value may not hold a double quote (RFC 5545 §3.2), so drop any.
    const name = withoutControls(event.organizer.name).replace(/"/g, '');
    lines.push(`ORGANIZER;CN="${name}":mailto:${withoutControls(event.organizer.email)}`);
  }
  lines.push(`STATUS:${event.status ?? 'CONFIRMED'}`);
  lines.push(`SEQUENCE:${event.sequence ?? 0}`);
  lines.push('END:VEVENT');
  return lines;
}

/** Writes a VCALENDAR (with the Sofia VTIMEZONE) holding `events`, as a string with CRLF line endings. */
export function buildCalendar(calendar: TIcsCalendar): string {
  const method = calendar.method ?? 'PUBLISH';
  const stamp = calendar.now;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    `METHOD:${method}`,
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    `X-WR-TIMEZONE:${HUB_TIME_ZONE}`,
    ...SOFIA_VTIMEZONE,
    // A cancellation cancels every event it carries (RFC 5546 §3.2.5).
    ...calendar.events.flatMap((event) =>
      eventLines(method === 'CANCEL' ? { ...event, status: 'CANCELLED' } : event, stamp),
    ),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
