/** The signed-in user (or anonymous), their abilities, and the UI language — shared by the whole app. */
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TLocale } from '../../../src/contract/common';
import { api, apiGet } from '../lib/api';
import type { TMe } from '../../../src/contract/me';
import { withoutAbilities } from '../../../src/contract/abilities';
import { languageCookie } from '../../../src/contract/language-cookie';

export interface TSession {
  me: TMe;
  setMe: (me: TMe) => void;
  /** Reloads /api/v1/me (after sign-in, sign-out, joining an organisation). */
  refreshMe: () => Promise<TMe>;
  locale: TLocale;
  /** Switches the UI language without a reload; remembers it in a cookie and, when signed in, on the account. */
  setLanguage: (locale: TLocale) => Promise<void>;
}

const SessionContext = createContext<TSession | null>(null);

export function useSession(): TSession {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside <SessionProvider>');
  return s;
}

/** Remembers the language for anonymous visits and for the server's choice of SSR language. */
export function rememberLanguage(locale: TLocale): void {
  document.cookie = languageCookie(locale);
  document.documentElement.lang = locale;
}

export function SessionProvider({ initialMe, children }: { initialMe: TMe; children: ReactNode }) {
  const [me, setMe] = useState<TMe>(initialMe);
  // What refreshMe withholds when the server cannot answer (read through a ref so the callback stays stable).
  const abilitiesRef = useRef(me.abilities);
  abilitiesRef.current = me.abilities;
  const { i18n } = useTranslation();
  const locale = (i18n.language === 'en' ? 'en' : 'bg') as TLocale;

  const switchTo = useCallback(
    async (next: TLocale) => {
      rememberLanguage(next);
      if (i18n.language !== next) await i18n.changeLanguage(next);
    },
    [i18n],
  );

  const refreshMe = useCallback(async () => {
    let next: TMe;
    try {
      next = await apiGet<TMe>('/api/v1/me');
    } catch {
      // The server could not say who this is: nobody, with every ability withheld.
      next = { user: null, memberships: [], abilities: withoutAbilities(abilitiesRef.current) };
    }
    setMe(next);
    // A signed-in user's saved preference wins, as it does on the server.
    if (next.user && next.user.locale !== i18n.language) await switchTo(next.user.locale);
    return next;
  }, [i18n, switchTo]);

  const setLanguage = useCallback(
    async (next: TLocale) => {
      await switchTo(next);
      if (me.user) {
        try {
          setMe(await api<TMe>('PATCH', '/api/v1/me', { locale: next }));
        } catch {
          // The cookie and the UI already switched; the saved preference follows on the next change.
        }
      }
    },
    [me.user, switchTo],
  );

  const value = useMemo<TSession>(
    () => ({ me, setMe, refreshMe, locale, setLanguage }),
    [me, refreshMe, locale, setLanguage],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
