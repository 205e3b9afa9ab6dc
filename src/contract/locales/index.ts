import bgMail from './bg/mail.json';
import enMail from './en/mail.json';
import bgWeb from './bg/web.json';
import enWeb from './en/web.json';
import bgDma from './bg/dma.json';
import enDma from './en/dma.json';
import bgReports from './bg/reports.json';
import enReports from './en/reports.json';
import bgAid from './bg/aid.json';
import enAid from './en/aid.json';

/** Every translation namespace, bg and en. A test fails when a key exists in one language only. */
export const RESOURCES = {
  bg: { mail: bgMail, web: bgWeb, dma: bgDma, reports: bgReports, aid: bgAid },
  en: { mail: enMail, web: enWeb, dma: enDma, reports: enReports, aid: enAid },
} as const;

export const NAMESPACES = ['web', 'mail', 'dma', 'reports', 'aid'] as const;
