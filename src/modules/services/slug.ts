import { SERVICE_LIMITS } from '../../contract/services/enums';

/** Bulgarian Cyrillic → Latin by the official Streamlined System (Transliteration Act 2009). */
const BG_LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sht',
  ъ: 'a',
  ь: 'y',
  ю: 'yu',
  я: 'ya',
};

/**
 * A URL slug from a title: lower case, accents and Bulgarian letters transliterated, every other run
 * of characters one hyphen, cut at a word boundary within the slug limit. Empty when nothing is left.
 */
export function slugify(title: string): string {
  const latin = [...title.toLowerCase()].map((c) => BG_LATIN[c] ?? c).join('');
  const ascii = latin.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length <= SERVICE_LIMITS.slugMax) return slug;
  const cut = slug.slice(0, SERVICE_LIMITS.slugMax + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut.slice(0, SERVICE_LIMITS.slugMax)).replace(/-+$/, '');
}

/** The n-th alternative of a taken slug: "pen-test", "pen-test-2", "pen-test-3" … within the limit. */
export function slugCandidate(base: string, n: number): string {
  if (n <= 1) return base;
  const suffix = `-${n}`;
  return base.slice(0, SERVICE_LIMITS.slugMax - suffix.length).replace(/-+$/, '') + suffix;
}
