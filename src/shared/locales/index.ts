import bgMail from './bg/mail.json';
import enMail from './en/mail.json';
import bgWeb from './bg/web.json';
import enWeb from './en/web.json';

/** Every translation namespace, bg and en. A test fails when a key exists in one language only. */
export const RESOURCES = {
  bg: { mail: bgMail, web: bgWeb },
  en: { mail: enMail, web: enWeb },
} as const;

export const NAMESPACES = ['web', 'mail'] as const;
