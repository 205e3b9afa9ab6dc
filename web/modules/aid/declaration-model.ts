/**
 * The de minimis declaration form as plain data: rows of declared aid typed as text, checked before sending
 * (the server checks again) and turned into the API's input with amounts in cents.
 */
import { isCalendarDate, subtractYears } from '../../../src/domain/state-aid/calendar-date';
import { parseEuros } from '../services/money';
import {
  DECLARATION_LIMITS,
  DECLARED_REGULATIONS,
  type TDeclarationInput,
  type TDeclaredRegulation,
} from '../../../src/contract/aid';

/** The server's limits, from the contract: each item at most EUR 100 000 000, at most 50 items. */
export { DECLARATION_LIMITS };

export interface TItemRow {
  /** Stable React key for a row that has no id yet. */
  key: string;
  grantor: string;
  /** Euros as typed: "1 500,50" and "1500.5" both work. */
  amount: string;
  grantDate: string;
  regulation: TDeclaredRegulation | '';
}

export interface TDeclarationForm {
  /** "I received no other de minimis aid": the list is sent empty. */
  noOtherAid: boolean;
  items: TItemRow[];
  signerName: string;
  confirm: boolean;
}

/** Why a field is not accepted; each code has a sentence under `aid.declaration.problems`. */
export const DECLARATION_PROBLEMS = [
  'required',
  'tooShort',
  'tooLong',
  'money',
  'tooLarge',
  'date',
  'dateFuture',
  'dateTooOld',
  'noItems',
  'tooMany',
  'confirm',
  'invalid',
] as const;
export type TDeclarationProblem = (typeof DECLARATION_PROBLEMS)[number];

/** Problems keyed by field path as the API names them: `signerName`, `items`, `items.0.grantDate`. */
export type TDeclarationProblems = Record<string, TDeclarationProblem>;

let rowCounter = 0;

export function emptyRow(): TItemRow {
  rowCounter += 1;
  return { key: `row-${rowCounter}`, grantor: '', amount: '', grantDate: '', regulation: '2023/2831' };
}

export function emptyDeclarationForm(signerName = ''): TDeclarationForm {
  return { noOtherAid: false, items: [emptyRow()], signerName, confirm: false };
}

/** The earliest grant date a declaration may list: the same day three years before `today`. */
export function earliestGrantDate(today: string): string {
  return subtractYears(today, 3);
}

/** Checks the form as of `today` (YYYY-MM-DD, Sofia); the input is there only when nothing is wrong. */
export function checkDeclaration(
  form: TDeclarationForm,
  today: string,
): { problems: TDeclarationProblems; input: TDeclarationInput | null } {
  const problems: TDeclarationProblems = {};
  const earliest = earliestGrantDate(today);
  const rows = form.noOtherAid ? [] : form.items;
  if (!form.noOtherAid && rows.length === 0) problems.items = 'noItems';
  if (rows.length > DECLARATION_LIMITS.itemsMax) problems.items = 'tooMany';
  const items = rows.map((row, i) => {
    const at = (field: string) => `items.${i}.${field}`;
    const grantor = row.grantor.trim();
    if (!grantor) problems[at('grantor')] = 'required';
    else if (grantor.length > DECLARATION_LIMITS.grantorMax) problems[at('grantor')] = 'tooLong';
    const cents = row.amount.trim() ? parseEuros(row.amount) : null;
    if (!row.amount.trim()) problems[at('amountCents')] = 'required';
    else if (cents === null) problems[at('amountCents')] = 'money';
    else if (cents > DECLARATION_LIMITS.itemAmountMaxCents) problems[at('amountCents')] = 'tooLarge';
    if (!row.grantDate) problems[at('grantDate')] = 'required';
    else if (!isCalendarDate(row.grantDate)) problems[at('grantDate')] = 'date';
    else if (row.grantDate > today) problems[at('grantDate')] = 'dateFuture';
    else if (row.grantDate < earliest) problems[at('grantDate')] = 'dateTooOld';
    if (!(DECLARED_REGULATIONS as readonly string[]).includes(row.regulation)) problems[at('regulation')] = 'required';
    return {
      grantor,
      amountCents: cents ?? 0,
      grantDate: row.grantDate,
      regulation: row.regulation as TDeclaredRegulation,
    };
  });
  const signerName = form.signerName.trim();
  if (!signerName) problems.signerName = 'required';
  else if (signerName.length < DECLARATION_LIMITS.signerMin) problems.signerName = 'tooShort';
  else if (signerName.length > DECLARATION_LIMITS.signerMax) problems.signerName = 'tooLong';
  if (!form.confirm) problems.confirm = 'confirm';
  const ok = Object.keys(problems).length === 0;
  return { problems, input: ok ? { items, signerName, confirm: true } : null };
}

/** The sum of the rows that parse, in cents (shown under the list while typing). */
export function declaredTotalCents(form: TDeclarationForm): number {
  if (form.noOtherAid) return 0;
  return form.items.reduce((sum, row) => sum + (parseEuros(row.amount) ?? 0), 0);
}

/** A server field error's code as one of ours, so it gets a sentence next to its field. */
export function problemFromServer(code: string, field = ''): TDeclarationProblem {
  switch (code) {
    case 'too_small':
      return 'tooShort';
    case 'too_big':
      return field === 'amountCents' ? 'tooLarge' : 'tooLong';
    case 'required':
    case 'invalid_type':
      return 'required';
    case 'invalid_format':
      return 'date';
    default:
      return 'invalid';
  }
}
