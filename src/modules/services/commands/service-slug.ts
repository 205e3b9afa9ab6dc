import { like, or, eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import { services } from '../../../db/schema';
import { AppError, fieldError } from '../../../errors';
import { slugCandidate, slugify } from '../slug';

/** The first free slug made from the English title (else the Bulgarian one): "x", "x-2", "x-3" … */
export async function generateSlug(tx: Executor, titleEn: string, titleBg: string): Promise<string> {
  const base = slugify(titleEn) || slugify(titleBg);
  if (!base) throw fieldError('slug', 'No URL name can be made from the titles; give one', 'required');
  const taken = new Set(
    (
      await tx
        .select({ slug: services.slug })
        .from(services)
        .where(or(eq(services.slug, base), like(services.slug, `${base}-%`)))
    ).map((r) => r.slug),
  );
  for (let n = 1; ; n++) {
    const candidate = slugCandidate(base, n);
    if (!taken.has(candidate)) return candidate;
  }
}

/** Turns the database's unique-slug violation (the last word under concurrency) into a 409 naming the field. */
export async function guardDuplicateSlug<T>(slug: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    const e = err as { code?: string; constraint?: string; cause?: { code?: string; constraint?: string } };
    const code = e.cause?.code ?? e.code;
    const constraint = e.cause?.constraint ?? e.constraint;
    if (code === '23505' && (constraint === 'services_slug_unique' || !constraint)) {
      throw new AppError('conflict', `Another service already has the URL name "${slug}"`, {
        fields: [{ field: 'slug', code: 'duplicate', message: 'already taken' }],
      });
    }
    throw err;
  }
}
