import { and, eq, getTableColumns, like, ne, or, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { services } from '../../platform/db/schema';
import { AppError, fieldError } from '../../platform/errors';
import { isReservedSlug } from '../../domain/services/catalogue-rules';
import { slugCandidate, slugify } from './slug';
import { pgErrorOf } from '../../platform/db/pg-error';

/**
 * Every column of a service but the stored search expressions (search_text, search_vector): those are the database's
 * own, never shown, audited or sent over the wire.
 */
export const { searchText: _searchText, searchVector: _searchVector, ...SERVICE_COLUMNS } = getTableColumns(services);
export type TServiceRow = Omit<typeof services.$inferSelect, 'searchText' | 'searchVector'>;

const slugConflict = (slug: string, message: string) =>
  new AppError('conflict', `${message}: "${slug}"`, { fields: [{ field: 'slug', code: 'duplicate', message }] });

/** The first free slug made from the English title (else the Bulgarian one): "x", "x-2", "x-3" …, never a reserved or former one. */
export async function generateSlug(tx: Executor, titleEn: string, titleBg: string): Promise<string> {
  const base = slugify(titleEn) || slugify(titleBg);
  if (!base) throw fieldError('slug', 'No URL name can be made from the titles; give one', 'required');
  // Slugs hold only [a-z0-9-], so the base needs no LIKE escaping.
  const rows = await tx
    .select({ slug: services.slug, previous: services.previousSlugs })
    .from(services)
    .where(
      or(
        eq(services.slug, base),
        like(services.slug, `${base}-%`),
        sql`exists (select 1 from unnest(${services.previousSlugs}) as p(s) where p.s = ${base} or p.s like ${`${base}-%`})`,
      ),
    );
  const taken = new Set(rows.flatMap((r) => [r.slug, ...r.previous]));
  for (let n = 1; ; n++) {
    const candidate = slugCandidate(base, n);
    if (!taken.has(candidate) && !isReservedSlug(candidate)) return candidate;
  }
}

/**
 * Refuses a slug a service may not take: a page's name under /services/ (400 `reserved`), or another service's
 * former address (409 naming `slug`: its old links must keep leading to that service). A slug that is another
 * service's current one is left to the unique index (`guardDuplicateSlug`), which also settles concurrent changes.
 */
export async function assertSlugAvailable(tx: Executor, slug: string, serviceId: string | null): Promise<void> {
  if (isReservedSlug(slug)) throw fieldError('slug', `"${slug}" is the name of a page of the catalogue`, 'reserved');
  const [formerOfOther] = await tx
    .select({ id: services.id })
    .from(services)
    .where(and(sql`${slug} = any(${services.previousSlugs})`, serviceId ? ne(services.id, serviceId) : undefined))
    .limit(1);
  if (formerOfOther)
    throw slugConflict(slug, 'This was the address of another service, and its old links still lead there');
}

/** Turns the database's unique-slug violation (the last word under concurrency) into a 409 naming the field. */
export async function guardDuplicateSlug<T>(slug: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    const { code, constraint } = pgErrorOf(err);
    // The trigger of migration 0008: a rename raced another and would take (or give away) a former address.
    if (code === '23505' && constraint === 'services_slug_history') {
      throw slugConflict(slug, 'This is, or was, the address of another service, and its old links still lead there');
    }
    if (code === '23505' && (constraint === 'services_slug_unique' || !constraint)) {
      throw new AppError('conflict', `Another service already has the URL name "${slug}"`, {
        fields: [{ field: 'slug', code: 'duplicate', message: 'already taken' }],
      });
    }
    throw err;
  }
}
