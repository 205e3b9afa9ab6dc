import { describe, expect, it } from 'vitest';
import { contentMatchesType } from './file-content';

const bytes = (...b: number[]) => Uint8Array.from(b);
const text = (s: string) => new TextEncoder().encode(s);
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('contentMatchesType', () => {
  it('accepts files whose bytes start with their type’s signature', () => {
    expect(contentMatchesType('application/pdf', text('%PDF-1.7\n…'))).toBe(true);
    expect(contentMatchesType('image/png', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0))).toBe(true);
    expect(contentMatchesType('image/jpeg', bytes(0xff, 0xd8, 0xff, 0xe0))).toBe(true);
    expect(contentMatchesType(DOCX, bytes(0x50, 0x4b, 0x03, 0x04, 0x14))).toBe(true);
    expect(contentMatchesType(XLSX, bytes(0x50, 0x4b, 0x03, 0x04, 0x14))).toBe(true);
  });

  it('refuses a file that claims another type', () => {
    expect(contentMatchesType('application/pdf', bytes(0x89, 0x50, 0x4e, 0x47))).toBe(false);
    expect(contentMatchesType('image/png', text('%PDF-1.7'))).toBe(false);
    expect(contentMatchesType('image/jpeg', bytes(0xff, 0xd8))).toBe(false);
    expect(contentMatchesType(DOCX, text('<html>'))).toBe(false);
    expect(contentMatchesType('application/x-msdownload', text('MZ'))).toBe(false);
  });

  it('takes UTF-8 text (Cyrillic, tabs, CRLF) as text and CSV, and refuses binary or broken UTF-8', () => {
    expect(contentMatchesType('text/plain', text('Заявка\tза обучение\r\nред 2'))).toBe(true);
    expect(contentMatchesType('text/csv', text('ЕИК;Сума\n201355508;900,00\n'))).toBe(true);
    expect(contentMatchesType('text/plain', bytes(0x4d, 0x5a, 0x00, 0x01))).toBe(false);
    expect(contentMatchesType('text/csv', bytes(0x61, 0xc3))).toBe(false);
    expect(contentMatchesType('text/plain', bytes(0x61, 0x7f))).toBe(false);
  });
});
