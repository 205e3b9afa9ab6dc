import { describe, expect, it } from 'vitest';
import type { TException } from '../../../../src/contract/facilities';
import { localDescription, upcomingExceptions } from './resource-detail';

const exception = (id: string, endsAt: string): TException => ({
  id,
  kind: 'closed',
  startsAt: '2030-01-01T08:00:00.000Z',
  endsAt,
  reason: null,
});

describe('resource detail', () => {
  it('reads the description in English when there is one, otherwise in Bulgarian', () => {
    expect(localDescription({ descriptionBg: 'Описание', descriptionEn: 'Description' }, 'en')).toBe('Description');
    expect(localDescription({ descriptionBg: 'Описание', descriptionEn: '' }, 'en')).toBe('Описание');
    expect(localDescription({ descriptionBg: 'Описание', descriptionEn: 'Description' }, 'bg')).toBe('Описание');
  });

  it('keeps only the exceptions that end after now', () => {
    const now = Date.parse('2030-01-01T12:00:00.000Z');
    const list = [
      exception('past', '2030-01-01T11:00:00.000Z'),
      exception('at-now', '2030-01-01T12:00:00.000Z'),
      exception('ahead', '2030-01-01T13:00:00.000Z'),
    ];
    expect(upcomingExceptions(list, now).map((x) => x.id)).toEqual(['ahead']);
  });
});
