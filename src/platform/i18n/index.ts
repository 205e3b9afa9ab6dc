import i18next, { type TFunction } from 'i18next';
import { RESOURCES } from './resources';
import { DEFAULT_LOCALE, LOCALES, type TLocale } from '../../contract/common';

/** Server-side translations (e-mails, PDFs): the same resources as the web app. */
const instance = i18next.createInstance();
void instance.init({
  resources: RESOURCES as never,
  lng: DEFAULT_LOCALE,
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: [...LOCALES],
  ns: ['mail', 'web', 'dma', 'reports', 'aid'],
  defaultNS: 'web',
  interpolation: { escapeValue: false },
  initImmediate: false,
} as never);

export function asLocale(value: string | undefined | null): TLocale {
  return (LOCALES as readonly string[]).includes(value ?? '') ? (value as TLocale) : DEFAULT_LOCALE;
}

/** A translator fixed to one language and namespace. */
export function translator(locale: string, ns: 'mail' | 'web' | 'dma' | 'reports' | 'aid' = 'mail'): TFunction {
  return instance.getFixedT(asLocale(locale), ns);
}
