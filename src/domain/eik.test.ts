import { describe, expect, it } from 'vitest';
import { checkEik, eikCheckDigit13, eikCheckDigit9, isValidEik, normaliseEik, vatFromEik } from './eik';

describe('normaliseEik', () => {
  it('strips spaces and a BG prefix', () => {
    expect(normaliseEik('BG 175 074 752')).toBe('175074752');
    expect(normaliseEik('bg175074752')).toBe('175074752');
    expect(normaliseEik(' 175-074.752 ')).toBe('175074752');
    expect(normaliseEik('121 396 123 0342')).toBe('1213961230342');
  });

  it('rejects wrong lengths', () => {
    expect(normaliseEik('')).toBeNull();
    expect(normaliseEik('12345678')).toBeNull();
    expect(normaliseEik('1234567890')).toBeNull();
    expect(normaliseEik('123456789012')).toBeNull();
    expect(normaliseEik('12345678901234')).toBeNull();
    expect(normaliseEik('BG')).toBeNull();
  });

  it('rejects letters and other characters', () => {
    expect(normaliseEik('17507475A')).toBeNull();
    expect(normaliseEik('DE175074752')).toBeNull();
    expect(normaliseEik('175074752/1')).toBeNull();
    expect(normaliseEik('BGBG175074752')).toBeNull();
  });

  it('does not check the checksum', () => {
    expect(normaliseEik('123456789')).toBe('123456789');
  });
});

describe('isValidEik', () => {
  it.each(['020469788', '201355508', '201968703', '175074752', '1213961230342'])('accepts %s', (eik) => {
    expect(isValidEik(eik)).toBe(true);
  });

  it.each(['123456789', '175074751', '1234567891234', '1213961230341', '000000000', '0000000000000'])(
    'rejects %s',
    (eik) => {
      expect(isValidEik(eik)).toBe(false);
    },
  );

  it('rejects non-normalised input and wrong lengths', () => {
    expect(isValidEik('BG175074752')).toBe(false);
    expect(isValidEik('175 074 752')).toBe(false);
    expect(isValidEik('17507475')).toBe(false);
    expect(isValidEik('12139612303420')).toBe(false);
  });

  it('exercises the remainder-10 fallback of the 9-digit rule', () => {
    // Search a small range for a prefix whose first weighted sum is 10 mod 11.
    let found = false;
    for (let n = 10000000; n < 10000200 && !found; n++) {
      const prefix = String(n);
      const digits = [...prefix].map(Number);
      const first = digits.reduce((a, d, i) => a + d * (i + 1), 0) % 11;
      if (first !== 10) continue;
      found = true;
      let second = digits.reduce((a, d, i) => a + d * (i + 3), 0) % 11;
      if (second === 10) second = 0;
      expect(eikCheckDigit9(prefix)).toBe(second);
      expect(isValidEik(prefix + String(second))).toBe(true);
    }
    expect(found).toBe(true);
  });

  it('accepts exactly one check digit for arbitrary 8-digit prefixes', () => {
    // Deterministic pseudo-random prefixes (LCG) so failures are reproducible.
    let seed = 20240601;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let k = 0; k < 200; k++) {
      const prefix = String(next() % 100000000).padStart(8, '0');
      if (prefix === '00000000') continue;
      const valid = [...'0123456789'].filter((d) => isValidEik(prefix + d));
      expect(valid, `prefix ${prefix}`).toHaveLength(1);
      expect(valid[0]).toBe(String(eikCheckDigit9(prefix)));
    }
  });

  it('accepts exactly one 13th digit for a valid 9-digit base', () => {
    for (const suffix of ['000', '001', '123', '999', '457']) {
      const prefix12 = '175074752' + suffix;
      const valid = [...'0123456789'].filter((d) => isValidEik(prefix12 + d));
      expect(valid).toEqual([String(eikCheckDigit13(prefix12))]);
    }
  });

  it('rejects a 13-digit code whose 9-digit base is invalid even with a matching 13th digit', () => {
    const prefix12 = '175074751' + '000';
    expect(isValidEik(prefix12 + String(eikCheckDigit13(prefix12)))).toBe(false);
  });
});

describe('checkEik', () => {
  it('returns the normalised digits when valid', () => {
    expect(checkEik('BG 175 074 752')).toEqual({ valid: true, normalised: '175074752' });
    expect(checkEik('1213961230342')).toEqual({ valid: true, normalised: '1213961230342' });
  });

  it('returns null when invalid or malformed', () => {
    expect(checkEik('175074751')).toEqual({ valid: false, normalised: null });
    expect(checkEik('abc')).toEqual({ valid: false, normalised: null });
    expect(checkEik('000 000 000')).toEqual({ valid: false, normalised: null });
  });
});

describe('vatFromEik', () => {
  it('prefixes a valid 9-digit EIK with BG', () => {
    expect(vatFromEik('175074752')).toBe('BG175074752');
    expect(vatFromEik('BG 175 074 752')).toBe('BG175074752');
  });

  it('returns null for 13-digit or invalid codes', () => {
    expect(vatFromEik('1213961230342')).toBeNull();
    expect(vatFromEik('175074751')).toBeNull();
  });
});
