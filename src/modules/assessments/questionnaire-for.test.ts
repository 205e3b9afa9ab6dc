import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors';
import { PSO_2023, SME_2023 } from '../../domain/dma/questionnaires';
import { JRC_2023 } from '../../domain/dma/scoring';
import { definitionOf, profileOf, questionnaireForType } from './questionnaire-for';

/** The AppError a function throws, or undefined. */
function thrown(fn: () => unknown): AppError | undefined {
  try {
    fn();
  } catch (e) {
    return e as AppError;
  }
  return undefined;
}

describe('stored versions and profiles', () => {
  it('finds the published questionnaire versions and scoring profiles', () => {
    expect(definitionOf('sme-2023')).toBe(SME_2023);
    expect(definitionOf('pso-2023')).toBe(PSO_2023);
    expect(profileOf('jrc-2023')).toBe(JRC_2023);
  });

  it('answers an unknown stored profile with a typed 409 naming it, not a crash', () => {
    const err = thrown(() => profileOf('jrc-2099'));
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'conflict', details: { profile: 'jrc-2099' } });
    expect(err?.message).toContain('jrc-2099');
    // Not fooled by the names every object inherits.
    expect(thrown(() => profileOf('toString'))).toMatchObject({ code: 'conflict' });
  });

  it('answers an unknown stored questionnaire version the same way', () => {
    expect(thrown(() => definitionOf('sme-1999'))).toMatchObject({
      code: 'conflict',
      details: { questionnaireVersion: 'sme-1999' },
    });
    expect(thrown(() => definitionOf('constructor'))).toMatchObject({ code: 'conflict' });
  });

  it('gives public-sector organisations the PSO questionnaire and everyone else the SME one', () => {
    expect(questionnaireForType('pso')).toBe('pso');
    expect(questionnaireForType('ngo')).toBe('sme');
  });
});
