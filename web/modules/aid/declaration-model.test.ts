import { describe, expect, it } from 'vitest';
import {
  checkDeclaration,
  declaredTotalCents,
  earliestGrantDate,
  emptyDeclarationForm,
  emptyRow,
  problemFromServer,
  type TDeclarationForm,
} from './declaration-model';

const TODAY = '2026-11-23';

function form(patch: Partial<TDeclarationForm> = {}): TDeclarationForm {
  return { ...emptyDeclarationForm('Мария Петрова'), confirm: true, ...patch };
}

const row = (patch: Partial<ReturnType<typeof emptyRow>>) => ({ ...emptyRow(), ...patch });

describe('de minimis declaration form', () => {
  it('sends an empty list for "no other de minimis aid"', () => {
    const { problems, input } = checkDeclaration(
      form({ noOtherAid: true, items: [row({ grantor: 'ignored' })] }),
      TODAY,
    );
    expect(problems).toEqual({});
    expect(input).toEqual({ items: [], signerName: 'Мария Петрова', confirm: true });
  });

  it('turns typed euros with a decimal comma into cents', () => {
    const { input } = checkDeclaration(
      form({
        items: [
          row({
            grantor: ' Община Стара Загора ',
            amount: '12 500,50',
            grantDate: '2025-03-01',
            regulation: '1407/2013',
          }),
        ],
      }),
      TODAY,
    );
    expect(input?.items).toEqual([
      { grantor: 'Община Стара Загора', amountCents: 1_250_050, grantDate: '2025-03-01', regulation: '1407/2013' },
    ]);
  });

  it('names each bad field of each row by the path the API uses', () => {
    const { problems, input } = checkDeclaration(
      form({
        items: [
          row({ grantor: 'ИАНМСП', amount: '1000', grantDate: '2026-11-24' }),
          row({ grantor: '', amount: '12 евро', grantDate: '2023-11-22' }),
        ],
        signerName: 'М',
        confirm: false,
      }),
      TODAY,
    );
    expect(input).toBeNull();
    expect(problems).toEqual({
      'items.0.grantDate': 'dateFuture',
      'items.1.grantor': 'required',
      'items.1.amountCents': 'money',
      'items.1.grantDate': 'dateTooOld',
      signerName: 'tooShort',
      confirm: 'confirm',
    });
  });

  it('accepts a grant made exactly three years ago, and today', () => {
    expect(earliestGrantDate(TODAY)).toBe('2023-11-23');
    const { problems } = checkDeclaration(
      form({
        items: [
          row({ grantor: 'A', amount: '1', grantDate: '2023-11-23' }),
          row({ grantor: 'B', amount: '0', grantDate: TODAY }),
        ],
      }),
      TODAY,
    );
    expect(problems).toEqual({});
  });

  it('refuses a grant above EUR 100 000 000, as the server does', () => {
    const at = (amount: string) =>
      checkDeclaration(form({ items: [row({ grantor: 'A', amount, grantDate: '2025-01-01' })] }), TODAY).problems;
    expect(at('100 000 000')).toEqual({});
    expect(at('100 000 000,01')).toEqual({ 'items.0.amountCents': 'tooLarge' });
    expect(problemFromServer('too_big', 'amountCents')).toBe('tooLarge');
    expect(problemFromServer('too_big', 'grantor')).toBe('tooLong');
  });

  it('asks for at least one row unless "no other aid" is ticked', () => {
    expect(checkDeclaration(form({ items: [] }), TODAY).problems).toEqual({ items: 'noItems' });
  });

  it('sums the rows that parse', () => {
    expect(
      declaredTotalCents(form({ items: [row({ amount: '1 000' }), row({ amount: '0,5' }), row({ amount: 'x' })] })),
    ).toBe(100_050);
    expect(declaredTotalCents(form({ noOtherAid: true, items: [row({ amount: '1000' })] }))).toBe(0);
  });
});
