import { and, count, desc, eq, gt, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import {
  bookings,
  deMinimisDeclarations,
  eventRegistrations,
  events,
  organisationClaims,
  organisations,
  ownershipLinks,
  serviceRequests,
  userInvitations,
} from '../../../platform/db/schema';
import type { TLocale } from '../../../contract/common';

/** Every kind of item the start page shows (web.json `start.items.<key>`). */
export const START_ITEM_KEYS = [
  'requestsToTriage',
  'requestsToAssign',
  'bookingsToApprove',
  'registrationsToApprove',
  'offersExpiring',
  'declarationsToCheck',
  'claimsToConfirm',
  'ownershipToConfirm',
  'openInvitations',
  'assignedToMe',
  'inProgressMine',
] as const;
export type TStartItemKey = (typeof START_ITEM_KEYS)[number];

export interface TStartItem {
  key: TStartItemKey;
  count: number;
  /** The list this count opens, filtered to exactly these records. */
  path: string;
  /** Where one list does not exist: the same count split by event / organisation, each with its own link. */
  parts: { label: string; count: number; path: string }[];
}

/** Offers lapsing within this many hours count as "expiring". */
export const OFFER_WINDOW_HOURS = 48;
/** Declarations signed within this many days are "to check". */
export const DECLARATION_WINDOW_DAYS = 14;
const PARTS_MAX = 5;

/** A partner expert's items: the requests assigned to them, not yet started and in progress. */
export async function loadExpertItems(db: Db, expertId: string): Promise<TStartItem[]> {
  const mine = async (status: string) =>
    (
      await db
        .select({ n: count() })
        .from(serviceRequests)
        .where(and(eq(serviceRequests.status, status), eq(serviceRequests.expertId, expertId)))
    )[0]!.n;
  return [
    { key: 'assignedToMe', count: await mine('assigned'), path: '/requests?status=assigned', parts: [] },
    { key: 'inProgressMine', count: await mine('in_progress'), path: '/requests?status=in_progress', parts: [] },
  ];
}

export async function loadStartItems(
  db: Db,
  opts: { now: Date; locale: TLocale; admin: boolean },
): Promise<TStartItem[]> {
  const { now, locale } = opts;
  const eventTitle = locale === 'en' ? events.titleEn : events.titleBg;
  const orgName =
    locale === 'en'
      ? sql<string>`coalesce(${organisations.legalNameEn}, ${organisations.legalNameBg})`
      : organisations.legalNameBg;

  const countRequests = async (status: string) =>
    (await db.select({ n: count() }).from(serviceRequests).where(eq(serviceRequests.status, status)))[0]!.n;
  const [{ n: pendingBookings }] = await db.select({ n: count() }).from(bookings).where(eq(bookings.status, 'pending'));

  const byEvent = async (where: ReturnType<typeof and>, anchor: string) => {
    const rows = await db
      .select({ slug: events.slug, title: eventTitle, n: count() })
      .from(eventRegistrations)
      .innerJoin(events, eq(events.id, eventRegistrations.eventId))
      .where(where)
      .groupBy(events.slug, eventTitle)
      .orderBy(desc(count()));
    return {
      count: rows.reduce((s, r) => s + r.n, 0),
      parts: rows
        .slice(0, PARTS_MAX)
        .map((r) => ({ label: r.title, count: r.n, path: `/events/${r.slug}/registrations#regs-${anchor}` })),
    };
  };
  const pendingRegs = await byEvent(eq(eventRegistrations.status, 'pending'), 'pending');
  const offers = await byEvent(
    and(
      eq(eventRegistrations.status, 'offered'),
      gt(eventRegistrations.offerExpiresAt, now),
      lte(eventRegistrations.offerExpiresAt, new Date(now.getTime() + OFFER_WINDOW_HOURS * 3600_000)),
    ),
    'offered',
  );

  const since = new Date(now.getTime() - DECLARATION_WINDOW_DAYS * 24 * 3600_000);
  const declarations = await db
    .select({ id: organisations.id, name: orgName, n: count() })
    .from(deMinimisDeclarations)
    .innerJoin(organisations, eq(organisations.id, deMinimisDeclarations.organisationId))
    .where(gt(deMinimisDeclarations.signedAt, since))
    .groupBy(organisations.id, orgName)
    .orderBy(desc(count()));

  const items: TStartItem[] = [
    { key: 'requestsToTriage', count: await countRequests('submitted'), path: '/requests?status=submitted', parts: [] },
    { key: 'requestsToAssign', count: await countRequests('accepted'), path: '/requests?status=accepted', parts: [] },
    { key: 'bookingsToApprove', count: pendingBookings, path: '/facilities/bookings?status=pending', parts: [] },
    { key: 'registrationsToApprove', count: pendingRegs.count, path: '/events', parts: pendingRegs.parts },
    { key: 'offersExpiring', count: offers.count, path: '/events', parts: offers.parts },
    {
      key: 'declarationsToCheck',
      count: declarations.reduce((s, r) => s + r.n, 0),
      path: '/aid?basis=de_minimis',
      parts: declarations
        .slice(0, PARTS_MAX)
        .map((r) => ({ label: r.name, count: r.n, path: `/organisations/${r.id}/de-minimis-declaration` })),
    },
  ];

  // Registrations of a public-register EIK wait for staff (issue 10 item 2); pending ownership links may be
  // confirmed by staff on either organisation's page (item 1), so they are listed by the owned organisation.
  const [{ n: claims }] = await db
    .select({ n: count() })
    .from(organisationClaims)
    .where(eq(organisationClaims.status, 'pending'));
  items.push({ key: 'claimsToConfirm', count: claims, path: '/organisations#claims-title', parts: [] });
  const pendingLinks = await db
    .select({ id: organisations.id, name: orgName, n: count() })
    .from(ownershipLinks)
    .innerJoin(organisations, eq(organisations.id, ownershipLinks.ownedId))
    .where(eq(ownershipLinks.status, 'pending'))
    .groupBy(organisations.id, orgName)
    .orderBy(desc(count()));
  items.push({
    key: 'ownershipToConfirm',
    count: pendingLinks.reduce((s, r) => s + r.n, 0),
    path: '/organisations',
    parts: pendingLinks.slice(0, PARTS_MAX).map((r) => ({ label: r.name, count: r.n, path: `/organisations/${r.id}` })),
  });
  if (opts.admin) {
    const [{ n: invitations }] = await db
      .select({ n: count() })
      .from(userInvitations)
      .where(
        and(isNull(userInvitations.acceptedAt), isNull(userInvitations.revokedAt), gt(userInvitations.expiresAt, now)),
      );
    items.push({ key: 'openInvitations', count: invitations, path: '/admin/users#invite-title', parts: [] });
  }
  return items;
}
