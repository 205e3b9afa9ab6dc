import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import {
  aidGrants,
  assessments,
  bookings,
  deMinimisDeclarations,
  eventRegistrations,
  events,
  jobs,
  organisations,
  resources,
  serviceRequests,
  services,
  user,
  userInvitations,
} from '../../platform/db/schema';
import type { TLocale } from '../../contract/common';
import { requestRef } from '../../contract/requests/request-ref';

/** Where an audited record is shown in the web app, and what to call it. Absent when it no longer exists. */
export interface TAuditRecord {
  path: string;
  label: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const recordKey = (entityType: string, entityId: string) => `${entityType}:${entityId}`;

/**
 * Resolves the records of one page of audit entries in one query per record type. A record type without a page of
 * its own (hub settings, attendance marks) gets no link.
 */
export async function resolveAuditRecords(
  db: Db,
  entries: readonly { entityType: string; entityId: string }[],
  locale: TLocale,
): Promise<Map<string, TAuditRecord>> {
  const ids = (type: string) => [
    ...new Set(entries.filter((e) => e.entityType === type && UUID.test(e.entityId)).map((e) => e.entityId)),
  ];
  const title = (bg: string, en: string | null) => (locale === 'en' && en ? en : bg);
  const out = new Map<string, TAuditRecord>();
  const put = (type: string, id: string, path: string, label: string) => out.set(recordKey(type, id), { path, label });

  const orgIds = ids('organisation');
  if (orgIds.length) {
    const rows = await db
      .select({ id: organisations.id, bg: organisations.legalNameBg, en: organisations.legalNameEn })
      .from(organisations)
      .where(inArray(organisations.id, orgIds));
    for (const r of rows) put('organisation', r.id, `/organisations/${r.id}`, title(r.bg, r.en));
  }
  const requestIds = ids('service_request');
  if (requestIds.length) {
    const rows = await db
      .select({ id: serviceRequests.id, ref: serviceRequests.ref })
      .from(serviceRequests)
      .where(inArray(serviceRequests.id, requestIds));
    for (const r of rows) put('service_request', r.id, `/requests/${r.id}`, requestRef(r.ref));
  }
  const serviceIds = ids('service');
  if (serviceIds.length) {
    const rows = await db
      .select({ id: services.id, slug: services.slug, bg: services.titleBg, en: services.titleEn })
      .from(services)
      .where(inArray(services.id, serviceIds));
    for (const r of rows) put('service', r.id, `/services/${r.slug}`, title(r.bg, r.en));
  }
  const eventIds = ids('event');
  if (eventIds.length) {
    const rows = await db
      .select({ id: events.id, slug: events.slug, bg: events.titleBg, en: events.titleEn })
      .from(events)
      .where(inArray(events.id, eventIds));
    for (const r of rows) put('event', r.id, `/events/${r.slug}`, title(r.bg, r.en));
  }
  const registrationIds = ids('event_registration');
  if (registrationIds.length) {
    const rows = await db
      .select({ id: eventRegistrations.id, slug: events.slug, bg: events.titleBg, en: events.titleEn })
      .from(eventRegistrations)
      .innerJoin(events, eq(events.id, eventRegistrations.eventId))
      .where(inArray(eventRegistrations.id, registrationIds));
    for (const r of rows) put('event_registration', r.id, `/events/${r.slug}/registrations`, title(r.bg, r.en));
  }
  const resourceIds = ids('resource');
  if (resourceIds.length) {
    const rows = await db
      .select({ id: resources.id, slug: resources.slug, bg: resources.titleBg, en: resources.titleEn })
      .from(resources)
      .where(inArray(resources.id, resourceIds));
    for (const r of rows) put('resource', r.id, `/facilities/${r.slug}`, title(r.bg, r.en));
  }
  const bookingIds = ids('booking');
  if (bookingIds.length) {
    const rows = await db
      .select({ id: bookings.id, bg: resources.titleBg, en: resources.titleEn })
      .from(bookings)
      .innerJoin(resources, eq(resources.id, bookings.resourceId))
      .where(inArray(bookings.id, bookingIds));
    for (const r of rows) put('booking', r.id, `/facilities/bookings`, title(r.bg, r.en));
  }
  const assessmentIds = ids('assessment');
  if (assessmentIds.length) {
    const rows = await db
      .select({
        id: assessments.id,
        organisationId: assessments.organisationId,
        bg: organisations.legalNameBg,
        en: organisations.legalNameEn,
      })
      .from(assessments)
      .innerJoin(organisations, eq(organisations.id, assessments.organisationId))
      .where(inArray(assessments.id, assessmentIds));
    for (const r of rows)
      put('assessment', r.id, `/organisations/${r.organisationId}/assessments/${r.id}`, title(r.bg, r.en));
  }
  const grantIds = ids('aid_grant');
  if (grantIds.length) {
    const rows = await db
      .select({
        id: aidGrants.id,
        organisationId: aidGrants.organisationId,
        bg: organisations.legalNameBg,
        en: organisations.legalNameEn,
      })
      .from(aidGrants)
      .innerJoin(organisations, eq(organisations.id, aidGrants.organisationId))
      .where(inArray(aidGrants.id, grantIds));
    for (const r of rows) put('aid_grant', r.id, `/organisations/${r.organisationId}`, title(r.bg, r.en));
  }
  const declarationIds = ids('de_minimis_declaration');
  if (declarationIds.length) {
    const rows = await db
      .select({
        id: deMinimisDeclarations.id,
        organisationId: deMinimisDeclarations.organisationId,
        bg: organisations.legalNameBg,
        en: organisations.legalNameEn,
      })
      .from(deMinimisDeclarations)
      .innerJoin(organisations, eq(organisations.id, deMinimisDeclarations.organisationId))
      .where(inArray(deMinimisDeclarations.id, declarationIds));
    for (const r of rows)
      put(
        'de_minimis_declaration',
        r.id,
        `/organisations/${r.organisationId}/de-minimis-declaration`,
        title(r.bg, r.en),
      );
  }
  const userIds = [...new Set(entries.filter((e) => e.entityType === 'user').map((e) => e.entityId))];
  if (userIds.length) {
    const rows = await db
      .select({ id: user.id, name: user.name, email: user.email })
      .from(user)
      .where(inArray(user.id, userIds));
    for (const r of rows) put('user', r.id, `/admin/users?q=${encodeURIComponent(r.email)}`, `${r.name} <${r.email}>`);
  }
  const invitationIds = ids('user_invitation');
  if (invitationIds.length) {
    const rows = await db
      .select({ id: userInvitations.id, email: userInvitations.email })
      .from(userInvitations)
      .where(inArray(userInvitations.id, invitationIds));
    for (const r of rows) put('user_invitation', r.id, '/admin/users#invite-title', r.email);
  }
  const jobIds = [
    ...new Set(entries.filter((e) => e.entityType === 'job' && /^\d{1,15}$/.test(e.entityId)).map((e) => e.entityId)),
  ].map(Number);
  if (jobIds.length) {
    const rows = await db.select({ id: jobs.id, queue: jobs.queue }).from(jobs).where(inArray(jobs.id, jobIds));
    for (const r of rows)
      put('job', String(r.id), `/admin/jobs?queue=${encodeURIComponent(r.queue)}`, `${r.queue} #${r.id}`);
  }
  return out;
}
