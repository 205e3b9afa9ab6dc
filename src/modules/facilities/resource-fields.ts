import { eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { events, organisations } from '../../platform/db/schema';
import { AppError, fieldError } from '../../platform/errors';
import type { TResourceInput } from '../../contract/facilities';
import { pgErrorOf } from '../../platform/db/pg-error';

/** The cross-field rules of a resource, each refusal naming its field. */
export function checkResourceFields(r: TResourceInput): void {
  if (r.pricePerHourCents > r.valuePerHourCents)
    throw fieldError('pricePerHourCents', 'The price cannot exceed the market value', 'above_value');
  if (r.maxBookingMinutes < r.minBookingMinutes)
    throw fieldError('maxBookingMinutes', 'The longest booking cannot be shorter than the shortest', 'below_min');
  if (r.aidBasis === 'gber' && !r.gberArticle)
    throw fieldError('gberArticle', 'Name the GBER article the aid rests on', 'required');
  if (r.aidBasis === 'none' && !r.noAidReason)
    throw fieldError('noAidReason', 'Say why using the resource is no aid', 'required');
  // The NDA is signed with the resource's owner: without one there is nobody to sign it with.
  if (r.ndaRequired && !r.ownerId) {
    throw fieldError(
      'ndaRequired',
      'An NDA is signed with the owning partner; choose the owner first',
      'owner_required',
    );
  }
  if (r.kind === 'shared_desk' ? r.capacity < 1 : r.capacity !== 1) {
    throw fieldError('capacity', 'Only shared desks have more than one seat', 'single_seat');
  }
}

/** The owner and the prerequisite training must exist. */
export async function checkResourceReferences(
  tx: Executor,
  r: Pick<TResourceInput, 'ownerId' | 'prerequisiteEventId'>,
): Promise<void> {
  if (r.ownerId) {
    const [owner] = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.id, r.ownerId));
    if (!owner) throw fieldError('ownerId', 'No such organisation', 'unknown');
  }
  if (r.prerequisiteEventId) {
    const [event] = await tx.select({ id: events.id }).from(events).where(eq(events.id, r.prerequisiteEventId));
    if (!event) throw fieldError('prerequisiteEventId', 'No such event', 'unknown');
  }
}

/** The stored columns of a resource: the article or reason only where the basis needs it. */
export function resourceColumns(r: TResourceInput) {
  return {
    slug: r.slug,
    kind: r.kind,
    titleBg: r.titleBg,
    titleEn: r.titleEn,
    descriptionBg: r.descriptionBg,
    descriptionEn: r.descriptionEn,
    location: r.location ?? null,
    ownerId: r.ownerId ?? null,
    capacity: r.capacity,
    prerequisiteEventId: r.prerequisiteEventId ?? null,
    ndaRequired: r.ndaRequired,
    approvalRequired: r.approvalRequired,
    valuePerHourCents: r.valuePerHourCents,
    pricePerHourCents: r.pricePerHourCents,
    aidBasis: r.aidBasis,
    gberArticle: r.aidBasis === 'gber' ? (r.gberArticle ?? null) : null,
    noAidReason: r.aidBasis === 'none' ? (r.noAidReason ?? null) : null,
    minBookingMinutes: r.minBookingMinutes,
    maxBookingMinutes: r.maxBookingMinutes,
    cancellationHours: r.cancellationHours,
    published: r.published,
  };
}

/** Turns the database's unique-slug violation into a 409 naming the field. */
export async function guardDuplicateResourceSlug<T>(slug: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    const { code, constraint } = pgErrorOf(err);
    if (code === '23505' && constraint === 'resources_slug_unique') {
      throw new AppError('conflict', `Another resource already has the URL name "${slug}"`, {
        fields: [{ field: 'slug', code: 'duplicate', message: 'already taken' }],
      });
    }
    throw err;
  }
}
