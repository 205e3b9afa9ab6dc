import { describe, expect, it } from 'vitest';
import { datePattern, formatDayInput, parseDayInput } from './date-input';

describe('typed dates', () => {
  it('reads day-first dates in either language and ISO days', () => {
    expect(parseDayInput('02.03.2026')).toBe('2026-03-02');
    expect(parseDayInput('2.3.2026 г.')).toBe('2026-03-02');
    expect(parseDayInput('02/03/2026')).toBe('2026-03-02');
    expect(parseDayInput('2026-03-02')).toBe('2026-03-02');
  });

  it('refuses days that do not exist and text that is no date', () => {
    expect(parseDayInput('31.02.2026')).toBeNull();
    expect(parseDayInput('03/32/2026')).toBeNull();
    expect(parseDayInput('mm/dd/yyyy')).toBeNull();
    expect(parseDayInput('')).toBeNull();
  });

  it('writes ISO days the way each language does, with a matching placeholder', () => {
    expect(formatDayInput('2026-03-02', 'bg')).toBe('02.03.2026');
    expect(formatDayInput('2026-03-02', 'en')).toBe('02/03/2026');
    expect(formatDayInput('2.3', 'bg')).toBe('2.3');
    expect(datePattern('bg').placeholder).toBe('дд.мм.гггг');
    expect(datePattern('en').placeholder).toBe('dd/mm/yyyy');
  });
});
