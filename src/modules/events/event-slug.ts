import { eq, like, or } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { events } from '../../platform/db/schema';
import { AppError, fieldError } from '../../platform/errors';
import { slugCandidate, slugify } from '../services/public';
import { pgErrorOf } from '../../platform/db/pg-error';

/** The first free event slug made from the English title (else the Bulgarian one): "x", "x-2", "x-3" … */
export async function generateEventSlug(tx: Executor, titleEn: string, titleBg: string): Promise<string> {
  const base = slugify(titleEn) || slugify(titleBg);
  if (!base) throw fieldError('slug', 'No URL name can be made from the titles; give one', 'required');
  const taken = new Set(
    (
      await tx
        .select({ slug: events.slug })
        .from(events)
        .where(or(eq(events.slug, base), like(events.slug, `${base}-%`)))
    ).map((r) => r.slug),
  );
  for (let n = 1; ; n++) {
    const candidate = slugCandidate(base, n);
    if (!taken.has(candidate)) return candidate;
  }
}

/** Turns the unique-slug violation (the last word under concurrency) into a 409 naming the field. */
export async function guardDuplicateEventSlug<T>(slug: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    const { code, constraint } = pgErrorOf(err);
    if (code === '23505' && (constraint ?? 'events_slug_unique') === 'events_slug_unique') {
      throw new AppError('conflict', `Another event already has the URL name "${slug}"`, {
        fields: [{ field: 'slug', code: 'duplicate', message: 'already taken' }],
      });
    }
    throw err;
  }
}
