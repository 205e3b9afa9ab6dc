/** Countries offered in forms; names come from Intl.DisplayNames in the UI language (no translation files). */
import { intlLocale } from './format';

export const COUNTRY_CODES = [
  'BG',
  'AT',
  'BE',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'IS',
  'LI',
  'NO',
  'CH',
  'GB',
  'AL',
  'BA',
  'ME',
  'MK',
  'RS',
  'MD',
  'UA',
  'TR',
  'GE',
  'AM',
  'IL',
  'US',
  'CA',
  'CN',
  'JP',
  'KR',
  'IN',
] as const;

export function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([intlLocale(locale)], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** Bulgaria first, then the rest alphabetically in the UI language; an unknown stored code is kept. */
export function countryOptions(locale: string, current?: string): { value: string; label: string }[] {
  const codes: string[] = [...COUNTRY_CODES];
  if (current && !codes.includes(current.toUpperCase())) codes.push(current.toUpperCase());
  const collator = new Intl.Collator(intlLocale(locale));
  const [bg, ...rest] = codes.map((c) => ({ value: c, label: countryName(c, locale) }));
  return [bg, ...rest.sort((a, b) => collator.compare(a.label, b.label))];
}
