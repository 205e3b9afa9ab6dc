/** One i18next instance per render (server: per request; browser: one for the page's life). */
import { createInstance, type i18n as TI18n } from 'i18next';
import { RESOURCES } from './app/locales';
import { DEFAULT_LOCALE, LOCALES, type TLocale } from '../src/contract/common';
import { LANGUAGE_COOKIE } from '../src/contract/language-cookie';

/** The language code if it is one we have, else null. */
export function asLocale(value: unknown): TLocale | null {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value) ? (value as TLocale) : null;
}

/** A ready-to-use instance: resources are bundled, so init is synchronous and the first render is translated. */
export function createI18n(locale: TLocale): TI18n {
  const instance = createInstance();
  // No initReactI18next: the instance reaches React through <I18nextProvider>, never a global,
  // so concurrent server renders in different languages cannot leak into each other.
  void instance.init({
    resources: RESOURCES as unknown as Record<string, Record<string, object>>,
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...LOCALES],
    ns: ['web', 'dma'],
    defaultNS: 'web',
    initAsync: false,
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  return instance;
}

export { LANGUAGE_COOKIE };

/** Reads the language cookie from a Cookie header value. */
export function localeFromCookie(cookieHeader: string | undefined | null): TLocale | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === LANGUAGE_COOKIE) return asLocale(decodeURIComponent(rest.join('=')));
  }
  return null;
}
