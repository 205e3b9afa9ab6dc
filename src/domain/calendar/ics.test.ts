import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { type TIcsEvent, buildCalendar, escapeText, foldLine, icsSequence } from './ics';
import { toWallClock, wallClockOccurrences } from './zoned-time';

const NOW = new Date('2026-03-01T08:30:00Z');

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  // Register our own VTIMEZONE, so the conversions below prove it describes Sofia correctly.
  const vtimezone = calendar.getFirstSubcomponent('vtimezone');
  if (!vtimezone) throw new Error('no VTIMEZONE');
  ICAL.TimezoneService.reset();
  ICAL.TimezoneService.register(vtimezone);
  return calendar;
}

const utc = (time: ICAL.Time) => time.toJSDate().toISOString();

const session = (uid: string, start: string, end: string, extra: Partial<TIcsEvent> = {}): TIcsEvent => ({
  uid,
  start: new Date(start),
  end: new Date(end),
  summary: 'Киберсигурност за МСП',
  ...extra,
});

describe('buildCalendar', () => {
  const text = buildCalendar({
    name: 'EDIHub — събития',
    now: NOW,
    events: [
      session('s1@edihub', '2026-03-27T07:00:00Z', '2026-03-27T15:00:00Z', {
        location: 'София, бул. „Цариградско шосе“ 125',
        url: 'https://hub.example/events/cyber',
      }),
      session('s2@edihub', '2026-03-30T06:00:00Z', '2026-03-30T14:00:00Z', { status: 'TENTATIVE', sequence: 2 }),
      session('s3@edihub', '2026-10-26T07:00:00Z', '2026-10-26T15:00:00Z', {
        status: 'CANCELLED',
        description: 'Ден 3',
      }),
    ],
  });

  it('uses CRLF line endings only, and ends with one', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('parses back with ical.js: one VEVENT per session with the right UTC instants', () => {
    const calendar = parse(text);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('EDIHub — събития');
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events.map((e) => e.uid)).toEqual(['s1@edihub', 's2@edihub', 's3@edihub']);
    expect(events.map((e) => [utc(e.startDate), utc(e.endDate)])).toEqual([
      ['2026-03-27T07:00:00.000Z', '2026-03-27T15:00:00.000Z'],
      ['2026-03-30T06:00:00.000Z', '2026-03-30T14:00:00.000Z'],
      ['2026-10-26T07:00:00.000Z', '2026-10-26T15:00:00.000Z'],
    ]);
    expect(events.every((e) => e.startDate.zone.tzid === 'Europe/Sofia')).toBe(true);
    expect(events[0].summary).toBe('Киберсигурност за МСП');
    expect(events[0].location).toBe('София, бул. „Цариградско шосе“ 125');
    expect(events[2].description).toBe('Ден 3');
    expect(events[0].component.getFirstPropertyValue('url')).toBe('https://hub.example/events/cyber');
    expect(events.map((e) => e.component.getFirstPropertyValue('status'))).toEqual([
      'CONFIRMED',
      'TENTATIVE',
      'CANCELLED',
    ]);
    expect(events.map((e) => e.sequence)).toEqual([0, 2, 0]);
    const stamp = events[0].component.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(utc(stamp)).toBe('2026-03-01T08:30:00.000Z');
  });

  it('writes local Sofia wall-clock times with TZID', () => {
    expect(text).toContain('DTSTART;TZID=Europe/Sofia:20260327T090000');
    expect(text).toContain('DTSTART;TZID=Europe/Sofia:20260330T090000');
    expect(text).toContain('DTEND;TZID=Europe/Sofia:20261026T170000');
  });

  it('carries a VTIMEZONE with the EU rules for Europe/Sofia', () => {
    const vtimezone = parse(text).getFirstSubcomponent('vtimezone');
    expect(vtimezone?.getFirstPropertyValue('tzid')).toBe('Europe/Sofia');
    const zone = ICAL.TimezoneService.get('Europe/Sofia');
    if (!zone) throw new Error('zone not registered');
    const offsetAt = (iso: string) => zone.utcOffset(ICAL.Time.fromDateTimeString(iso)) / 3600;
    expect(offsetAt('2026-03-29T02:59:00')).toBe(2);
    expect(offsetAt('2026-03-29T04:00:00')).toBe(3);
    expect(offsetAt('2026-10-25T02:59:00')).toBe(3);
    expect(offsetAt('2026-10-25T04:00:00')).toBe(2);
    expect(offsetAt('2027-03-28T04:00:00')).toBe(3);
    expect(offsetAt('2027-10-31T04:00:00')).toBe(2);
    // The observances start at the EU change times, in the local time before each change.
    const observances = vtimezone
      ?.getAllSubcomponents()
      .map((o) => [o.name, o.getFirstPropertyValue('dtstart')?.toString()]);
    expect(observances).toEqual([
      ['daylight', '1970-03-29T03:00:00'],
      ['standard', '1970-10-25T04:00:00'],
    ]);
    // Every local hour of 2026 (taken from the runtime's tz data) maps to its instant through our VTIMEZONE;
    // the repeated autumn hour is left out, since a local time cannot say which pass it means.
    for (let t = Date.parse('2026-01-01T00:00:00Z'); t < Date.parse('2027-01-01T00:00:00Z'); t += 3_600_000) {
      const wall = toWallClock(new Date(t));
      if (wallClockOccurrences(wall).length !== 1) continue;
      const local = new ICAL.Time(
        { year: wall.year, month: wall.month, day: wall.day, hour: wall.hour, minute: wall.minute, second: 0 },
        zone,
      );
      expect(local.toUnixTime() * 1000).toBe(t);
    }
  });

  it('converts times around both 2026 changes correctly for a calendar client', () => {
    const instants = [
      '2026-03-29T00:30:00Z', // 02:30 EET, just before the gap
      '2026-03-29T01:00:00Z', // 04:00 EEST, just after it
      '2026-10-25T00:30:00Z', // 03:30 EEST, the first pass of the repeated hour: written in UTC
      '2026-10-25T01:30:00Z', // 03:30 EET, the second pass: written in UTC
      '2026-10-25T02:00:00Z', // 04:00 EET
    ];
    const text = buildCalendar({
      name: 'DST',
      now: NOW,
      events: instants.map((start, i) =>
        session(`d${i}`, start, new Date(Date.parse(start) + 30 * 60_000).toISOString()),
      ),
    });
    expect(text).toContain('DTSTART;TZID=Europe/Sofia:20260329T023000');
    expect(text).toContain('DTSTART:20261025T003000Z');
    expect(text).toContain('DTSTART:20261025T013000Z');
    expect(text).toContain('DTSTART;TZID=Europe/Sofia:20261025T040000');
    const calendar = parse(text);
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events.map((e) => utc(e.startDate))).toEqual(instants.map((i) => new Date(i).toISOString()));
    expect(events.map((e) => utc(e.endDate))).toEqual(
      instants.map((i) => new Date(Date.parse(i) + 30 * 60_000).toISOString()),
    );
  });

  it('writes METHOD:REQUEST with an organizer for invitations', () => {
    const calendar = parse(
      buildCalendar({
        name: 'Booking',
        method: 'REQUEST',
        now: NOW,
        events: [
          session('b1', '2026-05-05T07:00:00Z', '2026-05-05T09:00:00Z', {
            organizer: { name: 'EDIHub "Sofia"', email: 'hub@example.org' },
          }),
        ],
      }),
    );
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    const organizer = calendar.getFirstSubcomponent('vevent')?.getFirstProperty('organizer');
    expect(organizer?.getFirstValue()).toBe('mailto:hub@example.org');
    expect(organizer?.getParameter('cn')).toBe('EDIHub Sofia');
  });

  it('writes METHOD:CANCEL with every event cancelled, keeping its UID and SEQUENCE', () => {
    const calendar = parse(
      buildCalendar({
        name: 'Отказ',
        method: 'CANCEL',
        now: NOW,
        events: [
          session('session-1@edihub', '2026-05-05T07:00:00Z', '2026-05-05T09:00:00Z', { sequence: 7 }),
          session('session-2@edihub', '2026-05-06T07:00:00Z', '2026-05-06T09:00:00Z', {
            status: 'CONFIRMED',
            sequence: 7,
          }),
        ],
      }),
    );
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events.map((e) => [e.uid, e.sequence, e.component.getFirstPropertyValue('status')])).toEqual([
      ['session-1@edihub', 7, 'CANCELLED'],
      ['session-2@edihub', 7, 'CANCELLED'],
    ]);
  });

  it('refuses an event that ends before it starts', () => {
    expect(() =>
      buildCalendar({ name: 'x', now: NOW, events: [session('bad', '2026-05-05T09:00:00Z', '2026-05-05T07:00:00Z')] }),
    ).toThrow(RangeError);
  });
});

describe('icsSequence', () => {
  const created = new Date('2026-03-01T08:00:00Z');

  it('is 0 for an untouched source and grows with every later change, in whole seconds', () => {
    expect(icsSequence(created, created)).toBe(0);
    expect(icsSequence(created, new Date('2026-03-01T08:00:00.900Z'))).toBe(0);
    expect(icsSequence(created, new Date('2026-03-01T08:01:00Z'))).toBe(60);
    const later = icsSequence(created, new Date('2026-04-01T08:00:00Z'));
    expect(later).toBeGreaterThan(icsSequence(created, new Date('2026-03-31T08:00:00Z')));
    expect(later).toBeLessThan(2 ** 31); // an INTEGER for every client
  });

  it('never goes below 0 (clock skew)', () => {
    expect(icsSequence(created, new Date('2026-02-28T08:00:00Z'))).toBe(0);
  });
});

describe('line folding', () => {
  const octets = (line: string) => Buffer.byteLength(line, 'utf8');

  it('folds a long Cyrillic summary: no line over 75 octets, no split character, unfolds to the original', () => {
    const summary =
      'Обучение по киберсигурност и изкуствен интелект за малки и средни предприятия в Югозападна България — ден първи; практика, с упражнения';
    const text = buildCalendar({
      name: 'Folding',
      now: NOW,
      events: [session('long', '2026-05-05T07:00:00Z', '2026-05-05T09:00:00Z', { summary })],
    });
    const lines = text.split('\r\n');
    expect(lines.every((line) => octets(line) <= 75)).toBe(true);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(text).not.toContain('\uFFFD');
    const event = new ICAL.Event(parse(text).getFirstSubcomponent('vevent') ?? undefined);
    expect(event.summary).toBe(summary);
  });

  it('folds at exactly 75 octets and continues lines with a space', () => {
    const ascii = 'X'.repeat(200);
    const folded = foldLine(ascii).split('\r\n');
    expect(folded[0]).toHaveLength(75);
    expect(folded.slice(1).every((l) => l.startsWith(' ') && octets(l) <= 75)).toBe(true);
    expect(folded.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(ascii);
    expect(foldLine('short')).toBe('short');
    expect(foldLine('Y'.repeat(75))).toBe('Y'.repeat(75));
  });

  it('never splits a 4-octet character (emoji)', () => {
    const line = `SUMMARY:${'🎓'.repeat(40)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.every((l) => octets(l) <= 75)).toBe(true);
    expect(folded.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(line);
  });
});

describe('TEXT escaping', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('round-trips through ical.js', () => {
    const description = 'Ред 1; точка, запетая\nРед 2 \\ наклонена черта\r\nРед 3: „кавички“';
    const summary = 'A;B,C\\D';
    const text = buildCalendar({
      name: 'Escaping; test, \\ here',
      now: NOW,
      events: [session('e1', '2026-05-05T07:00:00Z', '2026-05-05T09:00:00Z', { summary, description })],
    });
    const calendar = parse(text);
    // ical.js leaves X- properties unparsed, so check the escaped line itself.
    expect(text).toContain('X-WR-CALNAME:Escaping\\; test\\, \\\\ here\r\n');
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent') ?? undefined);
    expect(event.summary).toBe(summary);
    expect(event.description).toBe(description.replace(/\r\n/g, '\n'));
  });
});
