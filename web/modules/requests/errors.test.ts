import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n';
import { ApiError } from '../../shared/lib/api';
import { isAidRefusal, requestErrorText } from './errors';

describe('request error sentences', () => {
  const en = createI18n('en').t;
  const bg = createI18n('bg').t;
  const ceiling = new ApiError(
    409,
    'aid_ceiling_exceeded',
    'De minimis ceiling would be exceeded: EUR 1000.00 left',
    [],
    {
      ceilingCents: 30_000_000,
      usedCents: 29_900_000,
      remainingCents: 100_000,
      amountCents: 600_000,
    },
  );

  it('states the headroom in the UI language with formatted euros', () => {
    const text = requestErrorText(en, 'en', ceiling);
    expect(text).toContain('€1,000.00');
    expect(text).toContain('€6,000.00');
    expect(requestErrorText(bg, 'bg', ceiling)).toContain('1000,00');
  });

  it("falls back to the server's sentence when the figures are missing", () => {
    const bare = new ApiError(409, 'aid_ceiling_exceeded', 'Only EUR 10.00 left', [], {});
    expect(requestErrorText(en, 'en', bare)).toBe('Only EUR 10.00 left');
  });

  it('has its own sentences for the state machine and file codes, and the generic ones otherwise', () => {
    expect(requestErrorText(en, 'en', new ApiError(409, 'invalid_transition', 'x'))).not.toBe(
      requestErrorText(en, 'en', new ApiError(409, 'weird', 'x')),
    );
    expect(requestErrorText(en, 'en', new ApiError(413, 'payload_too_large', 'x'))).toBe(
      en('requests.errors.file_too_large'),
    );
    expect(requestErrorText(en, 'en', new ApiError(403, 'forbidden', 'x'))).toBe(en('errors.codes.forbidden'));
  });

  it('knows which refusals concern the aid', () => {
    expect(isAidRefusal(ceiling)).toBe(true);
    expect(isAidRefusal(new ApiError(409, 'declaration_required', 'x'))).toBe(true);
    expect(isAidRefusal(new ApiError(409, 'invalid_transition', 'x'))).toBe(false);
  });
});
