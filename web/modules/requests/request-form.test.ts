import { describe, expect, it } from 'vitest';
import { attachmentContentType, needProblem, needsQuantity, parseQuantity } from './request-form';

describe('request form', () => {
  it('asks for a quantity only for per-day and per-hour services', () => {
    expect(needsQuantity('per_day')).toBe(true);
    expect(needsQuantity('per_hour')).toBe(true);
    expect(needsQuantity('fixed')).toBe(false);
  });

  it('reads days and hours with a decimal comma or point', () => {
    expect(parseQuantity('1,5')).toBe(1.5);
    expect(parseQuantity(' 2.25 ')).toBe(2.25);
    expect(parseQuantity('3')).toBe(3);
    expect(parseQuantity('0')).toBeNull();
    expect(parseQuantity('1.2345')).toBeNull();
    expect(parseQuantity('-1')).toBeNull();
    expect(parseQuantity('two')).toBeNull();
    expect(parseQuantity('10000')).toBe(10000);
    expect(parseQuantity('10000,001')).toBeNull();
  });

  it('wants 10 to 2000 characters of need, spaces around not counted', () => {
    expect(needProblem('   ')).toBe('required');
    expect(needProblem('  too short ')).toBe('too_short');
    expect(needProblem('We need a penetration test.')).toBeNull();
    expect(needProblem('x'.repeat(2001))).toBe('too_long');
  });

  it('maps file names to the content types the server accepts', () => {
    expect(attachmentContentType('Offer.PDF')).toBe('application/pdf');
    expect(attachmentContentType('photo.jpeg')).toBe('image/jpeg');
    expect(attachmentContentType('plan.docx')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(attachmentContentType('virus.exe')).toBeNull();
    expect(attachmentContentType('README')).toBeNull();
  });
});
