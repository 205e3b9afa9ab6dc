/**
 * Rules of the service catalogue that span more than one field, pure so the server and the web app read the same
 * ones: which URL names a service may not take, what a renamed service remembers, and when it may be published.
 *
 * - **Stable URLs.** A service lives at `/services/{slug}`. When staff change the slug, the old one is remembered
 *   (`previous_slugs`) and keeps resolving to the service, so links in e-mails, bookmarks and other sites never
 *   break. A slug that was once another service's address is therefore not free for a new service.
 * - **Reserved names.** `/services/new` is the page for adding a service and `/services/:slug/edit` its editor: a
 *   service called `new` or `edit` would be hidden behind those pages (or look like them), so neither may be a slug.
 * - **Publication.** A published service can be requested, and a request is assigned to an expert of one of its
 *   delivering partners; a service without any partner could be accepted but never assigned. So publishing needs at
 *   least one delivering partner, and a published service cannot lose its last one.
 */

/** Slugs that collide with the web app's pages under /services/. */
export const RESERVED_SERVICE_SLUGS = ['new', 'edit'] as const;

export function isReservedSlug(slug: string): boolean {
  return (RESERVED_SERVICE_SLUGS as readonly string[]).includes(slug);
}

/**
 * The slugs a service remembers after it moves from `current` to `next`: the old one is added (once), and a slug the
 * service takes back leaves the list (it is current again). Order: oldest first.
 */
export function previousSlugsAfterRename(current: string, previous: readonly string[], next: string): string[] {
  if (next === current) return [...previous];
  return [...previous.filter((s) => s !== next && s !== current), current];
}

export type TPublicationProblem = 'no_delivering_partner';

/** Why a service in this state may not be (or stay) published, or null when it may. */
export function publicationProblem(service: { published: boolean; partnerCount: number }): TPublicationProblem | null {
  if (service.published && service.partnerCount === 0) return 'no_delivering_partner';
  return null;
}
