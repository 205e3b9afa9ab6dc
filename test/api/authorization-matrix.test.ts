import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../support/test-app';
import { SME_2023 } from '../../src/domain/dma/questionnaires';
import { maximalAnswers } from '../../src/domain/dma/samples';
import { eventCertificates, ownershipLinks } from '../../src/platform/db/schema';
import { insertEvent, insertOrganisation, insertRegistration } from '../support/factories';

type Actor = 'anonymous' | 'outsider' | 'expert' | 'owner' | 'staff' | 'admin' | 'unverified';
const ACTORS: Actor[] = ['anonymous', 'outsider', 'expert', 'owner', 'staff', 'admin', 'unverified'];

interface Fixture {
  orgId: string;
  otherOrgId: string;
  contactId: string;
  linkId: string;
  /** Pending links of orgId: one otherOrgId asked for (orgId answers it), one orgId asked for (orgId may withdraw it). */
  incomingLinkId: string;
  outgoingLinkId: string;
  ownerUserId: string;
  targetUserId: string;
  /** A submitted (T0) assessment of orgId and an open draft after it. */
  submittedId: string;
  draftId: string;
  /** A published catalogue service, created by staff. */
  serviceId: string;
  serviceSlug: string;
  /** A submitted request of orgId (by its owner) for serviceId, with one attached file. */
  requestId: string;
  attachmentId: string;
}

interface Rule {
  allowed: Actor[];
  request: (f: Fixture) => { url: string; payload?: unknown; headers?: Record<string, string> };
}

const ALL = ACTORS;
const SIGNED_IN: Actor[] = ['outsider', 'expert', 'owner', 'staff', 'admin'];
const ORG_PEOPLE: Actor[] = ['owner', 'staff', 'admin'];
const ADMIN: Actor[] = ['admin'];
const STAFF: Actor[] = ['staff', 'admin'];
const FULL_SME = maximalAnswers(SME_2023);
const org = (f: Fixture) => `/api/v1/organisations/${f.orgId}`;

/** Every route × every role. A route missing here fails the first test. */
const MATRIX: Record<string, Rule> = {
  'GET /api/health': { allowed: ALL, request: () => ({ url: '/api/health' }) },
  'GET /api/ready': { allowed: ALL, request: () => ({ url: '/api/ready' }) },
  'GET /api/openapi.json': { allowed: ALL, request: () => ({ url: '/api/openapi.json' }) },
  'GET /api/v1/me': { allowed: ALL, request: () => ({ url: '/api/v1/me' }) },
  'PATCH /api/v1/me': { allowed: SIGNED_IN, request: () => ({ url: '/api/v1/me', payload: { locale: 'en' } }) },
  'GET /api/v1/hub': { allowed: ALL, request: () => ({ url: '/api/v1/hub' }) },
  'GET /api/v1/reference/eik/:value': { allowed: ALL, request: () => ({ url: '/api/v1/reference/eik/175074752' }) },
  'GET /api/v1/reference/regions': { allowed: ALL, request: () => ({ url: '/api/v1/reference/regions' }) },
  'GET /api/v1/reference/sectors': { allowed: ALL, request: () => ({ url: '/api/v1/reference/sectors' }) },
  'POST /api/v1/reference/sme-category': {
    allowed: ALL,
    request: () => ({
      url: '/api/v1/reference/sme-category',
      payload: { figures: [{ year: 2025, staff: 5, turnover: 1, balanceSheet: 1 }] },
    }),
  },
  'GET /api/v1/organisations': { allowed: SIGNED_IN, request: () => ({ url: '/api/v1/organisations' }) },
  'GET /api/v1/organisations/lookup': {
    allowed: SIGNED_IN,
    request: () => ({ url: '/api/v1/organisations/lookup?q=abc' }),
  },
  'POST /api/v1/organisations': {
    allowed: SIGNED_IN,
    request: () => ({
      url: '/api/v1/organisations',
      payload: { legalNameBg: 'Нова', type: 'sme', country: 'DE', foreignRegistrationNo: 'HRB 1' },
    }),
  },
  'GET /api/v1/organisations/:id': { allowed: ORG_PEOPLE, request: (f) => ({ url: org(f) }) },
  'PATCH /api/v1/organisations/:id': {
    allowed: ORG_PEOPLE,
    request: (f) => ({ url: org(f), payload: { city: 'Казанлък' } }),
  },
  'DELETE /api/v1/organisations/:id': { allowed: ADMIN, request: (f) => ({ url: org(f) }) },
  'PUT /api/v1/organisations/:id/partner': {
    allowed: ADMIN,
    request: (f) => ({ url: `${org(f)}/partner`, payload: { isPartner: true } }),
  },
  'PUT /api/v1/organisations/:id/figures/:year': {
    allowed: ORG_PEOPLE,
    request: (f) => ({ url: `${org(f)}/figures/2024`, payload: { staff: 3, turnover: 100, balanceSheet: 100 } }),
  },
  'DELETE /api/v1/organisations/:id/figures/:year': {
    allowed: ORG_PEOPLE,
    request: (f) => ({ url: `${org(f)}/figures/2025` }),
  },
  'POST /api/v1/organisations/:id/contacts': {
    allowed: ORG_PEOPLE,
    request: (f) => ({ url: `${org(f)}/contacts`, payload: { name: 'Анна', consent: true } }),
  },
  'PATCH /api/v1/organisations/:id/contacts/:contactId': {
    allowed: ORG_PEOPLE,
    request: (f) => ({ url: `${org(f)}/contacts/${f.contactId}`, payload: { phone: '+359 88 123 4567' } }),
  },
  'DELETE /api/v1/organisations/:id/contacts/:contactId': {
    allowed: ORG_PEOPLE,
    request: (f) => ({ url: `${org(f)}/contacts/${f.contactId}` }),
  },
  'POST /api/v1/organisations/:id/ownership': {
    allowed: ORG_PEOPLE,
    request: (f) => ({
      url: `${org(f)}/ownership`,
      payload: { ownerId: f.orgId, ownedId: f.otherOrgId, capitalShare: 10, votingShare: 10 },
    }),
  },
  'DELETE /api/v1/organisations/:id/ownership/:linkId': {
    allowed: ORG_PEOPLE,
    request: (f) => ({ url: `${org(f)}/ownership/${f.linkId}` }),
  },
  // The side check (only the other organisation answers, only the asking one withdraws) is in ownership-consent.test.ts.
  'POST /api/v1/organisations/:id/ownership/:linkId/confirm': {
    allowed: ORG_PEOPLE,
    request: (f) => ({ url: `${org(f)}/ownership/${f.incomingLinkId}/confirm`, payload: {} }),
  },
  'POST /api/v1/organisations/:id/ownership/:linkId/decline': {
    allowed: ORG_PEOPLE,
    request: (f) => ({ url: `${org(f)}/ownership/${f.incomingLinkId}/decline`, payload: {} }),
  },
  'POST /api/v1/organisations/:id/ownership/:linkId/withdraw': {
    allowed: ORG_PEOPLE,
    request: (f) => ({ url: `${org(f)}/ownership/${f.outgoingLinkId}/withdraw`, payload: {} }),
  },
  'POST /api/v1/organisations/:id/members': {
    allowed: ORG_PEOPLE,
    request: (f) => ({ url: `${org(f)}/members`, payload: { email: 'nobody@example.test' } }),
  },
  'DELETE /api/v1/organisations/:id/members/:userId': {
    allowed: ORG_PEOPLE,
    request: (f) => ({ url: `${org(f)}/members/${f.targetUserId}` }),
  },
  // EIK claims: a claim id nobody has is enough for the policy (staff get 404, everyone else 403 before the lookup).
  'GET /api/v1/organisation-claims': { allowed: SIGNED_IN, request: () => ({ url: '/api/v1/organisation-claims' }) },
  'POST /api/v1/organisation-claims/:id/confirm': {
    allowed: STAFF,
    request: () => ({ url: '/api/v1/organisation-claims/00000000-0000-4000-8000-000000000000/confirm', payload: {} }),
  },
  'POST /api/v1/organisation-claims/:id/reject': {
    allowed: STAFF,
    request: () => ({ url: '/api/v1/organisation-claims/00000000-0000-4000-8000-000000000000/reject', payload: {} }),
  },
  'GET /api/v1/admin/users': { allowed: ADMIN, request: () => ({ url: '/api/v1/admin/users' }) },
  'PATCH /api/v1/admin/users/:id': {
    allowed: ADMIN,
    request: (f) => ({ url: `/api/v1/admin/users/${f.targetUserId}`, payload: { role: 'expert' } }),
  },
  'GET /api/v1/admin/audit': { allowed: ADMIN, request: () => ({ url: '/api/v1/admin/audit' }) },
  'GET /api/v1/admin/outbox': { allowed: ADMIN, request: () => ({ url: '/api/v1/admin/outbox' }) },
  'GET /api/v1/admin/jobs': { allowed: ADMIN, request: () => ({ url: '/api/v1/admin/jobs?state=failed' }) },
  // A job id nobody has: the policy runs first (admins then get 404; test/api/admin-jobs.test.ts retries real ones).
  'POST /api/v1/admin/jobs/:id/retry': {
    allowed: ADMIN,
    request: () => ({ url: '/api/v1/admin/jobs/987654321/retry' }),
  },
  // User administration (invitations, deactivation, resets): a user and an invitation of their own (see `userAdmin`).
  'GET /api/v1/start': { allowed: ['expert', 'staff', 'admin'], request: () => ({ url: '/api/v1/start' }) },
  'GET /api/v1/admin/invitations': { allowed: ADMIN, request: () => ({ url: '/api/v1/admin/invitations' }) },
  'POST /api/v1/admin/invitations': {
    allowed: ADMIN,
    request: () => ({
      url: '/api/v1/admin/invitations',
      payload: { email: `invitee-${++inviteCounter}@example.test`, role: 'member' },
    }),
  },
  'DELETE /api/v1/admin/invitations/:id': {
    allowed: ADMIN,
    request: () => ({ url: `/api/v1/admin/invitations/${userAdmin.invitationId}` }),
  },
  'POST /api/v1/admin/users/:id/deactivate': {
    allowed: ADMIN,
    request: () => ({ url: `/api/v1/admin/users/${userAdmin.userId}/deactivate` }),
  },
  'POST /api/v1/admin/users/:id/reactivate': {
    allowed: ADMIN,
    request: () => ({ url: `/api/v1/admin/users/${userAdmin.userId}/reactivate` }),
  },
  'POST /api/v1/admin/users/:id/password-reset': {
    allowed: ADMIN,
    request: () => ({ url: `/api/v1/admin/users/${userAdmin.resetUserId}/password-reset` }),
  },
  // The e-mailed token is the credential: anyone may try one (an unknown token is a 404).
  'POST /api/v1/invitations/preview': {
    allowed: ALL,
    request: () => ({ url: '/api/v1/invitations/preview', payload: { token: 'x'.repeat(43) } }),
  },
  'POST /api/v1/invitations/accept': {
    allowed: ALL,
    request: () => ({
      url: '/api/v1/invitations/accept',
      payload: { token: 'x'.repeat(43), name: 'Нов', password: 'a-long-enough-secret' },
    }),
  },
  'GET /api/v1/dma/questionnaires': { allowed: ALL, request: () => ({ url: '/api/v1/dma/questionnaires' }) },
  'POST /api/v1/dma/score': {
    allowed: ALL,
    request: () => ({ url: '/api/v1/dma/score', payload: { questionnaire: 'sme', answers: FULL_SME } }),
  },
  'GET /api/v1/dma/exports/:questionnaire': {
    allowed: STAFF,
    request: () => ({ url: '/api/v1/dma/exports/sme?format=csv' }),
  },
  'POST /api/v1/dma/imports/:questionnaire': {
    allowed: STAFF,
    request: () => ({
      url: '/api/v1/dma/imports/pso',
      payload: 'PSO ID,PSO name,DMA Timing\r\n',
      headers: { 'content-type': 'text/csv' },
    }),
  },
  'GET /api/v1/organisations/:id/assessments': {
    allowed: ORG_PEOPLE,
    request: (f) => ({ url: `${org(f)}/assessments` }),
  },
  'POST /api/v1/organisations/:id/assessments': {
    allowed: ORG_PEOPLE,
    request: (f) => ({ url: `${org(f)}/assessments`, payload: {} }),
  },
  'GET /api/v1/organisations/:id/assessments/results': {
    allowed: ORG_PEOPLE,
    request: (f) => ({ url: `${org(f)}/assessments/results` }),
  },
  'GET /api/v1/assessments': { allowed: STAFF, request: () => ({ url: '/api/v1/assessments' }) },
  'GET /api/v1/assessments/:id': {
    allowed: ORG_PEOPLE,
    request: (f) => ({ url: `/api/v1/assessments/${f.submittedId}` }),
  },
  'PATCH /api/v1/assessments/:id': {
    allowed: ORG_PEOPLE,
    request: (f) => ({ url: `/api/v1/assessments/${f.draftId}`, payload: { answers: { Q2: [1, 2] } } }),
  },
  'POST /api/v1/assessments/:id/submit': {
    allowed: ORG_PEOPLE,
    request: (f) => ({ url: `/api/v1/assessments/${f.draftId}/submit`, payload: {} }),
  },
  'POST /api/v1/assessments/:id/correct': {
    allowed: STAFF,
    request: (f) => ({
      url: `/api/v1/assessments/${f.submittedId}/correct`,
      payload: { answers: FULL_SME, reason: 'Typo in Q2 fixed' },
    }),
  },
  'DELETE /api/v1/assessments/:id': {
    allowed: ORG_PEOPLE,
    request: (f) => ({ url: `/api/v1/assessments/${f.draftId}` }),
  },
  'GET /api/v1/services': { allowed: ALL, request: () => ({ url: '/api/v1/services?q=training' }) },
  'GET /api/v1/services/:slug': { allowed: ALL, request: (f) => ({ url: `/api/v1/services/${f.serviceSlug}` }) },
  'POST /api/v1/services': {
    allowed: STAFF,
    request: () => ({ url: '/api/v1/services', payload: servicePayload(++serviceCounter) }),
  },
  'PATCH /api/v1/services/:id': {
    allowed: STAFF,
    request: (f) => ({ url: `/api/v1/services/${f.serviceId}`, payload: { priceCents: 1_000 } }),
  },
  'PUT /api/v1/services/:id/published': {
    allowed: STAFF,
    request: (f) => ({ url: `/api/v1/services/${f.serviceId}/published`, payload: { published: false } }),
  },
  'DELETE /api/v1/services/:id': { allowed: ADMIN, request: (f) => ({ url: `/api/v1/services/${f.serviceId}` }) },
  'GET /api/v1/requests': { allowed: SIGNED_IN, request: () => ({ url: '/api/v1/requests' }) },
  'GET /api/v1/requests/board': { allowed: STAFF, request: () => ({ url: '/api/v1/requests/board' }) },
  'POST /api/v1/requests': {
    allowed: ORG_PEOPLE,
    request: (f) => ({
      url: '/api/v1/requests',
      payload: { organisationId: f.orgId, serviceId: f.serviceId, need: REQUEST_NEED },
    }),
  },
  'GET /api/v1/requests/:id': { allowed: ORG_PEOPLE, request: (f) => ({ url: `/api/v1/requests/${f.requestId}` }) },
  'GET /api/v1/requests/:id/experts': {
    allowed: STAFF,
    request: (f) => ({ url: `/api/v1/requests/${f.requestId}/experts` }),
  },
  'POST /api/v1/requests/:id/transitions': {
    // The organisation may cancel its own submitted request; the state machine decides the rest.
    allowed: ORG_PEOPLE,
    request: (f) => ({
      url: `/api/v1/requests/${f.requestId}/transitions`,
      payload: { action: 'cancel', reason: 'No longer needed' },
    }),
  },
  'POST /api/v1/requests/:id/comments': {
    allowed: ORG_PEOPLE,
    request: (f) => ({ url: `/api/v1/requests/${f.requestId}/comments`, payload: { body: 'When can we start?' } }),
  },
  'POST /api/v1/requests/:id/attachments': {
    allowed: ORG_PEOPLE,
    request: (f) => ({
      url: `/api/v1/requests/${f.requestId}/attachments?filename=notes.txt`,
      payload: 'meeting notes',
      headers: { 'content-type': 'text/plain' },
    }),
  },
  'GET /api/v1/requests/:id/attachments/:attachmentId': {
    allowed: ORG_PEOPLE,
    request: (f) => ({ url: `/api/v1/requests/${f.requestId}/attachments/${f.attachmentId}` }),
  },
  'GET /api/v1/requests/:id/delivery-defaults': {
    allowed: STAFF,
    request: (f) => ({ url: `/api/v1/requests/${f.requestId}/delivery-defaults` }),
  },
  'PUT /api/v1/requests/:id/delivery': {
    allowed: STAFF,
    request: (f) => ({ url: `/api/v1/requests/${f.requestId}/delivery`, payload: DELIVERY }),
  },
  // Only the customer rates a service (staff may not rate on its behalf).
  'POST /api/v1/requests/:id/feedback': {
    allowed: ['owner'],
    request: (f) => ({ url: `/api/v1/requests/${f.requestId}/feedback`, payload: { rating: 5 } }),
  },
  'GET /api/v1/organisations/:id/journey': { allowed: ORG_PEOPLE, request: (f) => ({ url: `${org(f)}/journey` }) },
  'GET /api/v1/organisations/:id/aid': {
    allowed: ORG_PEOPLE,
    request: (f) => ({ url: `${org(f)}/aid?date=2026-03-10` }),
  },
  'GET /api/v1/organisations/:id/de-minimis-declarations': {
    allowed: ORG_PEOPLE,
    request: (f) => ({ url: `${org(f)}/de-minimis-declarations` }),
  },
  'POST /api/v1/organisations/:id/de-minimis-declarations': {
    allowed: ORG_PEOPLE,
    request: (f) => ({
      url: `${org(f)}/de-minimis-declarations`,
      payload: { items: [], signerName: 'Иван Иванов', confirm: true },
    }),
  },
  'GET /api/v1/aid/declaration-text': {
    allowed: ALL,
    request: () => ({ url: '/api/v1/aid/declaration-text?locale=en' }),
  },
  'GET /api/v1/aid/ledger': { allowed: STAFF, request: () => ({ url: '/api/v1/aid/ledger?basis=de_minimis' }) },
  'GET /api/v1/aid/register-export': {
    allowed: STAFF,
    request: () => ({ url: '/api/v1/aid/register-export?format=csv' }),
  },
  'GET /api/v1/exports/services': {
    allowed: STAFF,
    request: () => ({ url: '/api/v1/exports/services?from=2026-01-01&to=2026-12-31&format=csv' }),
  },
  'GET /api/v1/hub/aid-settings': { allowed: STAFF, request: () => ({ url: '/api/v1/hub/aid-settings' }) },
  'PATCH /api/v1/hub/aid-settings': {
    allowed: ADMIN,
    request: () => ({ url: '/api/v1/hub/aid-settings', payload: { nationalSharePercent: 50 } }),
  },
  'GET /api/v1/assessments/:id/report.pdf': {
    allowed: ORG_PEOPLE,
    request: (f) => ({ url: `/api/v1/assessments/${f.submittedId}/report.pdf?lang=en` }),
  },
  // Events, part B (check-in, certificates, calendars, attendance): one event of the owner's organisation, made once.
  'POST /api/v1/events/:id/sessions/:sessionId/check-ins': {
    allowed: STAFF,
    request: () => ({
      url: `/api/v1/events/${evtB.eventId}/sessions/${evtB.sessionId}/check-ins`,
      payload: { code: evtB.code },
    }),
  },
  'GET /api/v1/events/:id/sessions/:sessionId/check-ins/lookup': {
    allowed: STAFF,
    request: () => ({
      url: `/api/v1/events/${evtB.eventId}/sessions/${evtB.sessionId}/check-ins/lookup?code=${evtB.code}`,
    }),
  },
  'GET /api/v1/events/:id/sessions/:sessionId/check-ins': {
    allowed: STAFF,
    request: () => ({ url: `/api/v1/events/${evtB.eventId}/sessions/${evtB.sessionId}/check-ins` }),
  },
  'POST /api/v1/events/:id/record-attendance': {
    allowed: STAFF,
    request: () => ({ url: `/api/v1/events/${evtB.eventId}/record-attendance` }),
  },
  'POST /api/v1/events/:id/certificates': {
    allowed: STAFF,
    request: () => ({ url: `/api/v1/events/${evtB.eventId}/certificates` }),
  },
  'GET /api/v1/registrations/:id/certificates': {
    allowed: ORG_PEOPLE,
    request: () => ({ url: `/api/v1/registrations/${evtB.registrationId}/certificates` }),
  },
  // The code is the secret: whoever holds it reads and verifies the certificate.
  'GET /api/v1/certificates/:code.pdf': {
    allowed: ALL,
    request: () => ({ url: `/api/v1/certificates/${evtB.certificateCode}.pdf?lang=bg` }),
  },
  'GET /api/v1/certificates/:code/verify': {
    allowed: ALL,
    request: () => ({ url: `/api/v1/certificates/${evtB.certificateCode}/verify` }),
  },
  'GET /api/v1/events/:slug/event.ics': {
    allowed: ALL,
    request: () => ({ url: `/api/v1/events/${evtB.slug}/event.ics` }),
  },
  'GET /api/v1/registrations/:id/registration.ics': {
    allowed: ORG_PEOPLE,
    request: () => ({ url: `/api/v1/registrations/${evtB.registrationId}/registration.ics` }),
  },
  // Events, part A (events, registrations, the waiting list): fixtures made once (see `evtA`); a refused state is a 409.
  'GET /api/v1/events': { allowed: ALL, request: () => ({ url: '/api/v1/events' }) },
  'GET /api/v1/events/:slug': { allowed: ALL, request: () => ({ url: `/api/v1/events/${evtA.slug}` }) },
  'POST /api/v1/events': {
    allowed: STAFF,
    request: () => ({
      url: '/api/v1/events',
      payload: {
        type: 'seminar',
        titleBg: 'Семинар',
        titleEn: 'Matrix seminar',
        sessions: [{ startsAt: '2030-04-01T07:00:00Z', endsAt: '2030-04-01T09:00:00Z' }],
      },
    }),
  },
  'PATCH /api/v1/events/:id': {
    allowed: STAFF,
    request: () => ({ url: `/api/v1/events/${evtA.eventId}`, payload: { venue: 'Зала 3' } }),
  },
  'PUT /api/v1/events/:id/published': {
    allowed: STAFF,
    request: () => ({ url: `/api/v1/events/${evtA.eventId}/published`, payload: { published: true } }),
  },
  'DELETE /api/v1/events/:id': { allowed: ADMIN, request: () => ({ url: `/api/v1/events/${evtA.emptyEventId}` }) },
  'POST /api/v1/events/:id/registrations': {
    allowed: SIGNED_IN,
    request: () => ({ url: `/api/v1/events/${evtA.eventId}/registrations`, payload: { seats: 1, answers: {} } }),
  },
  'GET /api/v1/events/:id/registrations': {
    allowed: STAFF,
    request: () => ({ url: `/api/v1/events/${evtA.eventId}/registrations` }),
  },
  'POST /api/v1/events/:id/waitlist/reorder': {
    allowed: STAFF,
    request: () => ({
      url: `/api/v1/events/${evtA.eventId}/waitlist/reorder`,
      payload: {
        registrationId: evtA.waitlistedIds[1],
        beforeRegistrationId: evtA.waitlistedIds[0],
        reason: 'Проверка',
      },
    }),
  },
  'GET /api/v1/registrations/mine': { allowed: SIGNED_IN, request: () => ({ url: '/api/v1/registrations/mine' }) },
  'GET /api/v1/registrations/:id': {
    allowed: ORG_PEOPLE,
    request: () => ({ url: `/api/v1/registrations/${evtA.registrationId}` }),
  },
  'POST /api/v1/registrations/:id/cancel': {
    allowed: ORG_PEOPLE,
    request: () => ({ url: `/api/v1/registrations/${evtA.registrationId}/cancel`, payload: {} }),
  },
  'POST /api/v1/registrations/:id/approve': {
    allowed: STAFF,
    request: () => ({ url: `/api/v1/registrations/${evtA.pendingId}/approve`, payload: {} }),
  },
  'POST /api/v1/registrations/:id/reject': {
    allowed: STAFF,
    request: () => ({ url: `/api/v1/registrations/${evtA.pendingId}/reject`, payload: { reason: 'Проверка' } }),
  },
  // Without the e-mailed token only the registrant's organisation and staff may answer an offer.
  'POST /api/v1/registrations/:id/accept-offer': {
    allowed: ORG_PEOPLE,
    request: () => ({ url: `/api/v1/registrations/${evtA.registrationId}/accept-offer` }),
  },
  'POST /api/v1/registrations/:id/decline-offer': {
    allowed: ORG_PEOPLE,
    request: () => ({ url: `/api/v1/registrations/${evtA.registrationId}/decline-offer` }),
  },
  'POST /api/v1/registrations/:id/leave-waitlist': {
    allowed: ORG_PEOPLE,
    request: () => ({ url: `/api/v1/registrations/${evtA.registrationId}/leave-waitlist` }),
  },
  // Facilities: one resource with a closure and one booking of the owner's organisation, made once (see `fac`).
  'GET /api/v1/resources': { allowed: ALL, request: () => ({ url: '/api/v1/resources' }) },
  'GET /api/v1/resources/:slug': { allowed: ALL, request: () => ({ url: `/api/v1/resources/${fac.resourceSlug}` }) },
  'POST /api/v1/resources': {
    allowed: STAFF,
    request: () => ({
      url: '/api/v1/resources',
      payload: { slug: `matrix-room-${++facCounter}`, kind: 'meeting_room', titleBg: 'Зала', titleEn: 'Room' },
    }),
  },
  'PATCH /api/v1/resources/:id': {
    allowed: STAFF,
    request: () => ({ url: `/api/v1/resources/${fac.resourceId}`, payload: { location: 'Зала 2' } }),
  },
  'PUT /api/v1/resources/:id/rules': {
    allowed: STAFF,
    request: () => ({ url: `/api/v1/resources/${fac.resourceId}/rules`, payload: FAC_RULES }),
  },
  'POST /api/v1/resources/:id/exceptions': {
    allowed: STAFF,
    request: () => ({
      url: `/api/v1/resources/${fac.resourceId}/exceptions`,
      payload: { kind: 'closed', startsAt: '2030-02-01T00:00:00Z', endsAt: '2030-02-02T00:00:00Z', reason: 'Ремонт' },
    }),
  },
  'DELETE /api/v1/resources/:id/exceptions/:exceptionId': {
    allowed: STAFF,
    request: () => ({ url: `/api/v1/resources/${fac.resourceId}/exceptions/${fac.exceptionId}` }),
  },
  'GET /api/v1/resources/:id/availability': {
    allowed: ALL,
    request: () => ({
      url: `/api/v1/resources/${fac.resourceId}/availability?from=2030-01-07T00:00:00Z&to=2030-01-08T00:00:00Z`,
    }),
  },
  'POST /api/v1/resources/:id/bookings': {
    allowed: ORG_PEOPLE,
    request: () => ({
      url: `/api/v1/resources/${fac.resourceId}/bookings`,
      payload: { organisationId: fac.orgId, startsAt: '2030-01-08T09:00:00Z', endsAt: '2030-01-08T10:00:00Z' },
    }),
  },
  'GET /api/v1/bookings': { allowed: SIGNED_IN, request: () => ({ url: '/api/v1/bookings' }) },
  'GET /api/v1/bookings/:id': { allowed: ORG_PEOPLE, request: () => ({ url: `/api/v1/bookings/${fac.bookingId}` }) },
  'GET /api/v1/bookings/:id/booking.ics': {
    allowed: ORG_PEOPLE,
    request: () => ({ url: `/api/v1/bookings/${fac.bookingId}/booking.ics` }),
  },
  'POST /api/v1/bookings/:id/approve': {
    allowed: STAFF,
    request: () => ({ url: `/api/v1/bookings/${fac.bookingId}/approve`, payload: {} }),
  },
  'POST /api/v1/bookings/:id/reject': {
    allowed: STAFF,
    request: () => ({ url: `/api/v1/bookings/${fac.bookingId}/reject`, payload: { reason: 'Поддръжка' } }),
  },
  'POST /api/v1/bookings/:id/cancel': {
    allowed: ORG_PEOPLE,
    request: () => ({ url: `/api/v1/bookings/${fac.bookingId}/cancel`, payload: {} }),
  },
  'POST /api/v1/bookings/:id/record-delivery': {
    allowed: STAFF,
    request: () => ({ url: `/api/v1/bookings/${fac.bookingId}/record-delivery` }),
  },
  'GET /api/v1/organisations/:id/ndas': {
    allowed: ORG_PEOPLE,
    request: () => ({ url: `/api/v1/organisations/${fac.orgId}/ndas` }),
  },
  'POST /api/v1/organisations/:id/ndas': {
    allowed: STAFF,
    request: () => ({
      url: `/api/v1/organisations/${fac.orgId}/ndas`,
      payload: { ownerId: fac.ownerId, signedOn: '2026-03-01' },
    }),
  },
  'GET /api/v1/calendar': {
    allowed: ALL,
    request: () => ({ url: '/api/v1/calendar?from=2030-01-07T00:00:00Z&to=2030-01-14T00:00:00Z' }),
  },
  'GET /api/v1/usage': {
    allowed: STAFF,
    request: () => ({ url: '/api/v1/usage?from=2030-01-01T00:00:00Z&to=2030-02-01T00:00:00Z' }),
  },
};

let t: TestApp;
let users: Record<Exclude<Actor, 'anonymous'>, TestUser>;
let target: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  users = {
    outsider: await t.createUser('member'),
    expert: await t.createUser('expert'),
    owner: await t.createUser('member'),
    staff: await t.createUser('staff'),
    admin: await t.createUser('admin'),
    unverified: await t.createUser('member', { verified: false }),
  };
  target = await t.createUser('member');
  const partner = await t.request({
    method: 'POST',
    url: '/api/v1/organisations',
    as: users.staff,
    payload: {
      legalNameBg: 'Партньор на матрицата',
      type: 'research_education',
      country: 'AT',
      foreignRegistrationNo: 'FN matrix-partner',
    },
  });
  matrixPartnerId = partner.json().id as string;
  await t.request({
    method: 'PUT',
    url: `/api/v1/organisations/${matrixPartnerId}/partner`,
    as: users.admin,
    payload: { isPartner: true },
  });
});
afterAll(async () => t.close());
let evtB: {
  eventId: string;
  slug: string;
  sessionId: string;
  code: string;
  registrationId: string;
  certificateCode: string;
};
beforeAll(async () => {
  const organisationId = await insertOrganisation(t, 'Матрица ООД', { member: users.owner });
  const event = await insertEvent(t);
  const registration = await insertRegistration(t, event.id, { organisationId, userId: users.owner.id });
  const certificateCode = 'MTRX-0000-0000-0000-0001';
  await t.database.db.insert(eventCertificates).values({
    registrationId: registration.id,
    participantName: 'Участник',
    code: certificateCode,
    sessionsAttended: 2,
  });
  evtB = {
    eventId: event.id,
    slug: event.slug,
    sessionId: event.sessionIds[0]!,
    code: registration.code,
    registrationId: registration.id,
    certificateCode,
  };
});

// Events part A fixture: a published one-seat event in 2030 whose seat the owner's organisation holds, two people
// waiting, a pending registration of an approval-required event, and an empty event for deleting.
let evtA: {
  eventId: string;
  slug: string;
  registrationId: string;
  waitlistedIds: string[];
  pendingId: string;
  emptyEventId: string;
};
beforeAll(async () => {
  const organisationId = await insertOrganisation(t, 'Събития ООД', { member: users.owner });
  const sessions = [{ startsAt: '2030-05-12T06:00:00Z', endsAt: '2030-05-12T14:00:00Z' }];
  const event = await insertEvent(t, { capacity: 1 }, sessions);
  const registration = await insertRegistration(t, event.id, { organisationId, userId: users.owner.id });
  const waitlisted = [
    await insertRegistration(t, event.id, { status: 'waitlisted', waitlistRank: 1000 }),
    await insertRegistration(t, event.id, { status: 'waitlisted', waitlistRank: 2000 }),
  ];
  const approval = await insertEvent(t, { capacity: 10, approvalRequired: true }, sessions);
  const pending = await insertRegistration(t, approval.id, {
    organisationId,
    userId: users.owner.id,
    status: 'pending',
  });
  const empty = await insertEvent(t, {}, sessions);
  evtA = {
    eventId: event.id,
    slug: event.slug,
    registrationId: registration.id,
    waitlistedIds: waitlisted.map((w) => w.id),
    pendingId: pending.id,
    emptyEventId: empty.id,
  };
});

// Facilities fixture: a resource open every day, with a closure, and a booking of the owner's organisation.
const FAC_RULES = [{ rrule: 'FREQ=DAILY', startTime: '00:00', endTime: '24:00', validFrom: '2026-01-01' }];
let facCounter = 0;
let fac: {
  orgId: string;
  ownerId: string;
  resourceId: string;
  resourceSlug: string;
  exceptionId: string;
  bookingId: string;
};
beforeAll(async () => {
  const makeOrg = async (as: TestUser, name: string) => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/organisations',
      as,
      payload: { legalNameBg: name, type: 'sme', country: 'AT', foreignRegistrationNo: `FN ${name}` },
    });
    return res.json().id as string;
  };
  const orgId = await makeOrg(users.owner, 'Резервации ООД');
  const ownerId = await makeOrg(users.staff, 'Собственик ООД');
  const resource = await t.request({
    method: 'POST',
    url: '/api/v1/resources',
    as: users.staff,
    payload: { slug: 'matrix-range', kind: 'cyber_range', titleBg: 'Полигон', titleEn: 'Range', ownerId },
  });
  const resourceId = resource.json().id as string;
  await t.request({ method: 'PUT', url: `/api/v1/resources/${resourceId}/rules`, as: users.staff, payload: FAC_RULES });
  const withClosure = await t.request({
    method: 'POST',
    url: `/api/v1/resources/${resourceId}/exceptions`,
    as: users.staff,
    payload: { kind: 'closed', startsAt: '2030-03-01T00:00:00Z', endsAt: '2030-03-02T00:00:00Z' },
  });
  const booking = await t.request({
    method: 'POST',
    url: `/api/v1/resources/${resourceId}/bookings`,
    as: users.owner,
    payload: { organisationId: orgId, startsAt: '2030-01-07T09:00:00Z', endsAt: '2030-01-07T10:00:00Z' },
  });
  expect(booking.statusCode, booking.body).toBe(201);
  fac = {
    orgId,
    ownerId,
    resourceId,
    resourceSlug: 'matrix-range',
    exceptionId: withClosure.json().exceptions[0].id as string,
    bookingId: booking.json().id as string,
  };
});

let inviteCounter = 0;
let userAdmin: { userId: string; resetUserId: string; invitationId: string };
beforeAll(async () => {
  const victim = await t.createUser('member');
  const resetUser = await t.createUser('member');
  const invited = await t.request({
    method: 'POST',
    url: '/api/v1/admin/invitations',
    as: users.admin,
    payload: { email: 'matrix-invitee@example.test', role: 'expert' },
  });
  expect(invited.statusCode, invited.body).toBe(201);
  userAdmin = { userId: victim.id, resetUserId: resetUser.id, invitationId: invited.json().id as string };
});

let eikStem = 30000000;
const REQUEST_NEED = 'We need a cybersecurity course for our staff.';
const DELIVERY = {
  category: 'training_skills',
  description: 'Cybersecurity course',
  technology: 'cybersecurity',
  startDate: '2026-03-02',
  endDate: '2026-03-03',
  attendees: 8,
  valueCents: 90_000,
  pricePaidCents: 0,
  aidBasis: 'de_minimis',
  aidCents: 90_000,
  nationalShareCents: 45_000,
};
let serviceCounter = 0;
/** A consortium partner that delivers the matrix's services (a published service needs one). */
let matrixPartnerId = '';
const servicePayload = (n: number) => ({
  family: 'skills_training',
  titleBg: `Обучение ${n}`,
  titleEn: `Matrix training ${n}`,
  descriptionBg: 'Курс по цифрови умения за служители.',
  descriptionEn: 'A digital skills course for staff.',
  marketValueCents: 45_000,
  valueUnit: 'fixed',
  aidBasis: 'de_minimis',
  partnerIds: [matrixPartnerId],
  published: true,
});
async function freshFixture(): Promise<Fixture> {
  const make = async (as: TestUser) => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/organisations',
      as,
      payload: {
        legalNameBg: `Фирма ${eikStem}`,
        type: 'sme',
        country: 'AT',
        foreignRegistrationNo: `FN ${eikStem++}`,
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  const orgId = await make(users.owner);
  const otherOrgId = await make(users.staff);
  const staff = users.staff;
  const withContact = await t.request({
    method: 'POST',
    url: `/api/v1/organisations/${orgId}/contacts`,
    as: staff,
    payload: { name: 'Петър', consent: false },
  });
  const contactId = withContact.json().contacts[0].id as string;
  await t.request({
    method: 'PUT',
    url: `/api/v1/organisations/${orgId}/figures/2025`,
    as: staff,
    payload: { staff: 1, turnover: 1, balanceSheet: 1 },
  });
  const withLink = await t.request({
    method: 'POST',
    url: `/api/v1/organisations/${orgId}/ownership`,
    as: staff,
    payload: { ownerId: otherOrgId, ownedId: orgId, capitalShare: 30, votingShare: 30 },
  });
  const linkId = withLink.json().ownership.owners[0].id as string;
  const [incoming, outgoing] = await t.database.db
    .insert(ownershipLinks)
    .values([
      {
        ownerId: otherOrgId,
        ownedId: orgId,
        capitalShare: 5,
        votingShare: 5,
        status: 'pending',
        requestedSide: 'owner',
      },
      {
        ownerId: orgId,
        ownedId: otherOrgId,
        capitalShare: 5,
        votingShare: 5,
        status: 'pending',
        requestedSide: 'owner',
      },
    ])
    .returning({ id: ownershipLinks.id });
  await t.request({
    method: 'POST',
    url: `/api/v1/organisations/${orgId}/members`,
    as: staff,
    payload: { email: target.email, role: 'member' },
  });
  const submitted = await t.request({
    method: 'POST',
    url: `/api/v1/organisations/${orgId}/assessments`,
    as: staff,
    payload: { answers: FULL_SME },
  });
  const submittedId = submitted.json().id as string;
  await t.request({ method: 'POST', url: `/api/v1/assessments/${submittedId}/submit`, as: staff, payload: {} });
  const draft = await t.request({
    method: 'POST',
    url: `/api/v1/organisations/${orgId}/assessments`,
    as: staff,
    payload: { answers: { Q1: { plan: [1], done: [] } } },
  });
  expect(draft.statusCode, draft.body).toBe(201);
  const service = await t.request({
    method: 'POST',
    url: '/api/v1/services',
    as: staff,
    payload: servicePayload(++serviceCounter),
  });
  expect(service.statusCode, service.body).toBe(201);
  // The request gets a service of its own, so the fixture service stays unused and may be deleted.
  const requested = await t.request({
    method: 'POST',
    url: '/api/v1/services',
    as: staff,
    payload: servicePayload(++serviceCounter),
  });
  const serviceRequest = await t.request({
    method: 'POST',
    url: '/api/v1/requests',
    as: users.owner,
    payload: { organisationId: orgId, serviceId: requested.json().id, need: REQUEST_NEED },
  });
  expect(serviceRequest.statusCode, serviceRequest.body).toBe(201);
  const requestId = serviceRequest.json().id as string;
  const attachment = await t.request({
    method: 'POST',
    url: `/api/v1/requests/${requestId}/attachments?filename=brief.txt`,
    as: users.owner,
    payload: 'the brief',
    headers: { 'content-type': 'text/plain' },
  });
  expect(attachment.statusCode, attachment.body).toBe(201);
  return {
    orgId,
    otherOrgId,
    contactId,
    linkId,
    incomingLinkId: incoming.id,
    outgoingLinkId: outgoing.id,
    ownerUserId: users.owner.id,
    targetUserId: target.id,
    submittedId,
    draftId: draft.json().id as string,
    serviceId: service.json().id as string,
    serviceSlug: service.json().slug as string,
    requestId,
    attachmentId: attachment.json().id as string,
  };
}

/** Writes an account with an unverified e-mail may make: its own account only (and what anonymous callers may do). */
const UNVERIFIED_WRITES = new Set(['PATCH /api/v1/me']);

/** An unverified account reads like the outsider; it writes only where anonymous callers may, or on its own account. */
function unverifiedAllowed(key: string, rule: Rule): boolean {
  if (!rule.allowed.includes('outsider')) return false;
  return key.startsWith('GET ') || rule.allowed.includes('anonymous') || UNVERIFIED_WRITES.has(key);
}

function refusalCode(actor: Actor, method: string): string {
  if (actor === 'anonymous') return 'unauthenticated';
  return actor === 'unverified' && method !== 'GET' ? 'email_not_verified' : 'forbidden';
}

describe('authorization matrix', () => {
  it('has a rule for every route the app serves', () => {
    const served = t.app.routeTable
      .filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/auth/'))
      .map((r) => `${r.method} ${r.url}`);
    const missing = served.filter((key) => !MATRIX[key]);
    expect(missing, 'routes without an authorization rule in this test').toEqual([]);
    expect(
      Object.keys(MATRIX).filter((key) => !served.includes(key)),
      'rules for routes that no longer exist',
    ).toEqual([]);
  });

  for (const [key, rule] of Object.entries(MATRIX)) {
    it(`${key}`, async () => {
      const [method] = key.split(' ');
      for (const actor of ACTORS) {
        const f = await freshFixture();
        const { url, payload, headers } = rule.request(f);
        const as = actor === 'anonymous' ? null : users[actor];
        const res = await t.request({ method: method as 'GET', url, payload: payload as object, headers, as });
        const allowed = actor === 'unverified' ? unverifiedAllowed(key, rule) : rule.allowed.includes(actor);
        if (allowed) {
          expect([401, 403], `${actor} should pass the policy of ${key}: ${res.body}`).not.toContain(res.statusCode);
          expect(res.statusCode, `${actor} ${key}: ${res.body}`).toBeLessThan(500);
        } else {
          expect(res.statusCode, `${actor} must be refused ${key}`).toBe(actor === 'anonymous' ? 401 : 403);
          expect(res.json().error.code).toBe(refusalCode(actor, method));
        }
      }
    });
  }
});
