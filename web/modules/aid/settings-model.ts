/** The admin's aid settings form: the ceiling in euros and the national share in percent, typed as text. */
import { centsToInput, parseEuros } from '../services/money';
import type { TAidSettings } from '../../../src/contract/aid';

/** The ceiling the API accepts: from EUR 1 to EUR 100 million, in cents. */
export const CEILING_RANGE_CENTS = { min: 100, max: 100_000_000_00 } as const;

export interface TSettingsForm {
  ceiling: string;
  share: string;
}

export type TSettingsProblem = 'required' | 'money' | 'range' | 'percent';

export function settingsToForm(s: TAidSettings): TSettingsForm {
  return { ceiling: centsToInput(s.deMinimisCeilingCents), share: String(s.nationalSharePercent).replace('.', ',') };
}

/** A percentage 0–100 with up to four decimals, comma or point. Null when it is not one. */
export function parsePercent(input: string): number | null {
  const s = input.trim().replace(/\s|%/g, '').replace(',', '.');
  if (!/^\d{1,3}(?:\.\d{1,4})?$/.test(s)) return null;
  const n = Number(s);
  return n >= 0 && n <= 100 ? n : null;
}

export function checkSettings(form: TSettingsForm): {
  problems: Partial<Record<keyof TSettingsForm, TSettingsProblem>>;
  value: TAidSettings | null;
} {
  const problems: Partial<Record<keyof TSettingsForm, TSettingsProblem>> = {};
  const ceiling = form.ceiling.trim() ? parseEuros(form.ceiling) : null;
  if (!form.ceiling.trim()) problems.ceiling = 'required';
  else if (ceiling === null) problems.ceiling = 'money';
  else if (ceiling < CEILING_RANGE_CENTS.min || ceiling > CEILING_RANGE_CENTS.max) problems.ceiling = 'range';
  const share = form.share.trim() ? parsePercent(form.share) : null;
  if (!form.share.trim()) problems.share = 'required';
  else if (share === null) problems.share = 'percent';
  const ok = Object.keys(problems).length === 0;
  return { problems, value: ok ? { deMinimisCeilingCents: ceiling!, nationalSharePercent: share! } : null };
}
