import type { TLocale } from './common';

/** The cookie that remembers a visitor's language: set by the web app's switch and by the server's `?lng=` link. */
export const LANGUAGE_COOKIE = 'edihub_lang';

/** The cookie's value with its attributes (a year, the whole site), for Set-Cookie and for document.cookie alike. */
export const languageCookie = (locale: TLocale): string =>
  `${LANGUAGE_COOKIE}=${locale}; Path=/; Max-Age=31536000; SameSite=Lax`;
