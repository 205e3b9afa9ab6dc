import { describe, expect, it } from 'vitest';
import { slugCandidate, slugify } from './slug';
import { SERVICE_LIMITS, SLUG_PATTERN } from '../../contract/services/enums';

describe('slugify', () => {
  it('turns an English title into lower-case words joined by hyphens', () => {
    expect(slugify('Penetration Testing & Cyber-Defence Advice')).toBe('penetration-testing-cyber-defence-advice');
    expect(slugify('  HPC access (per hour)  ')).toBe('hpc-access-per-hour');
  });

  it('drops accents and transliterates Bulgarian by the official system', () => {
    expect(slugify('Café Ångström')).toBe('cafe-angstrom');
    expect(slugify('Щадящо обучение по киберсигурност')).toBe('shtadyashto-obuchenie-po-kibersigurnost');
    expect(slugify('Юг и Ъгъл')).toBe('yug-i-agal');
  });

  it('is empty when nothing usable is left', () => {
    expect(slugify('—!?')).toBe('');
  });

  it('cuts long titles at a word boundary within the limit, always a valid slug', () => {
    const slug = slugify(
      'Digital transformation consulting for small and medium-sized enterprises of the South-East region of Bulgaria',
    );
    expect(slug.length).toBeLessThanOrEqual(SERVICE_LIMITS.slugMax);
    expect(slug).toMatch(SLUG_PATTERN);
    expect(slug.endsWith('-')).toBe(false);
    expect(slugify('x'.repeat(200))).toHaveLength(SERVICE_LIMITS.slugMax);
  });
});

describe('slugCandidate', () => {
  it('numbers the alternatives from 2 and stays within the limit', () => {
    expect(slugCandidate('pen-test', 1)).toBe('pen-test');
    expect(slugCandidate('pen-test', 2)).toBe('pen-test-2');
    const long = 'a'.repeat(SERVICE_LIMITS.slugMax);
    expect(slugCandidate(long, 12)).toHaveLength(SERVICE_LIMITS.slugMax);
    expect(slugCandidate(long, 12).endsWith('-12')).toBe(true);
  });
});
