/** Page title and description: collected during the server render, applied to document.title in the browser. */
import { createContext, useContext, useEffect } from 'react';

export interface THeadCollector {
  title: string;
  description: string;
}

export const HeadContext = createContext<THeadCollector | null>(null);

export const SITE_NAME = 'EDIHub';

/** The full document title for a page title. */
export function documentTitle(title: string, hubName?: string): string {
  const site = hubName || SITE_NAME;
  return title && title !== site ? `${title} · ${site}` : site;
}

/**
 * Declares this page's title (and description for search engines). Call it once per page: on the
 * server the innermost caller wins, in the browser the outermost (effects run child-first).
 * `null` declares nothing, for a wrapper that hands the title to what it renders.
 */
export function useHead(title: string | null, description?: string): void {
  const collector = useContext(HeadContext);
  if (collector && title !== null) {
    // Server render: write during render, it runs exactly once per request.
    collector.title = title;
    if (description) collector.description = description;
  }
  useEffect(() => {
    if (title === null) return;
    document.title = documentTitle(title);
    if (description) {
      const meta = document.querySelector('meta[name="description"]');
      if (meta) meta.setAttribute('content', description);
    }
  }, [title, description]);
}

/** Escapes text for an HTML text node or a double-quoted attribute. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** The <head> fragment for a page. */
export function renderHead(head: THeadCollector, locale: string): string {
  const parts = [`<title>${escapeHtml(documentTitle(head.title))}</title>`];
  if (head.description) parts.push(`<meta name="description" content="${escapeHtml(head.description)}" />`);
  parts.push(`<meta property="og:title" content="${escapeHtml(head.title || SITE_NAME)}" />`);
  parts.push(`<meta property="og:locale" content="${locale === 'en' ? 'en_GB' : 'bg_BG'}" />`);
  return parts.join('\n    ');
}

/** JSON for an inline <script>: `<` escaped so no "</script>" or "<!--" can end the block early. */
export function serializeState(state: unknown): string {
  return JSON.stringify(state)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
