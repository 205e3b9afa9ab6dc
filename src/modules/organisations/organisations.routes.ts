import { and, asc, eq, ilike, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { organisationMembers, organisations } from '../../platform/db/schema';
import { containsPattern } from '../../platform/db/sql-helpers';
import type { TModuleOptions } from '../../platform/http/context';
import { authorize, requireActor } from '../../platform/http/authorize';
import { errorResponses, paginated, ZPageQuery, ZQueryBool, ZUuid } from '../../platform/http/schemas';
import { LIMITS, MEMBERSHIP_ROLES, ORGANISATION_TYPES } from '../../contract/common';
import { organisationPolicy } from './organisations.policy';
import { ZOrganisationDetail, ZOrganisationSummary } from './organisations.presenter';
import { ZOrganisationInput, ZOrganisationPatch } from './organisation-input';
import { getOrganisation } from './queries/get-organisation';
import { listOrganisations } from './queries/list-organisations';
import { registerOrganisation } from './commands/register-organisation';
import { updateOrganisation } from './commands/update-organisation';
import { setOrganisationPartner } from './commands/set-organisation-partner';
import { deleteOrganisation } from './commands/delete-organisation';
import { deleteFigures, putFigures } from './commands/put-figures';
import { addContact, deleteContact, updateContact } from './commands/manage-contacts';
import { deleteOwnershipLink, setOwnershipLink, settlePendingLink } from './commands/manage-ownership';
import { addMember, removeMember } from './commands/manage-members';
import { claimRoutes, findClaim, ZClaim } from './claims.routes';

const ZIdParams = z.object({ id: ZUuid });
const ZFigures = z.object({
  staff: z.number().min(0).max(10_000_000),
  turnover: z.number().min(0).max(1e15),
  balanceSheet: z.number().min(0).max(1e15),
});
const ZContact = z.object({
  name: z.string().trim().min(1).max(LIMITS.nameMax),
  role: z.string().trim().max(100).nullish(),
  email: z.string().trim().email().max(200).nullish(),
  phone: z
    .string()
    .trim()
    .regex(/^[+0-9 ()-]{5,30}$/, 'digits, spaces, +, ( ) and - only')
    .nullish(),
  consent: z.boolean().default(false),
});
const ZShare = z.number().min(0).max(100, 'a share is at most 100 %');
const ZOwnership = z.object({
  ownerId: ZUuid,
  ownedId: ZUuid,
  capitalShare: ZShare,
  votingShare: ZShare,
  boardControl: z.boolean().default(false),
  dominantInfluence: z.boolean().default(false),
  votingAgreement: z.boolean().default(false),
});
const detail = { 200: ZOrganisationDetail, ...errorResponses };
const tags = ['organisations'];

export const organisationRoutes: FastifyPluginAsyncZod<TModuleOptions> = async (app, { ctx }) => {
  const { db } = ctx;
  await claimRoutes(app, { ctx });

  app.get(
    '/api/v1/organisations',
    {
      config: { policy: 'organisations.list' },
      schema: {
        tags,
        summary: 'Search the registry (staff: all; others: their own organisations)',
        querystring: ZPageQuery.extend({
          q: z.string().trim().max(LIMITS.searchMax).optional(),
          type: z.enum(ORGANISATION_TYPES).optional(),
          nuts2: z.string().max(10).optional(),
          oblast: z.string().max(10).optional(),
          sector: z.string().max(60).optional(),
          partner: ZQueryBool.optional(),
          mine: ZQueryBool.optional(),
          sort: z.enum(['name', 'created', 'relevance']).default('name'),
        }),
        response: { 200: paginated(ZOrganisationSummary), ...errorResponses },
      },
    },
    async (request) => {
      authorize(request.actor, organisationPolicy.list(request.actor));
      const actor = requireActor(request.actor);
      const { mine, ...query } = request.query;
      const all = organisationPolicy.listAll(actor) && !mine;
      return listOrganisations(db, { ...query, memberUserId: all ? undefined : actor.userId });
    },
  );

  app.get(
    '/api/v1/organisations/lookup',
    {
      config: { policy: 'organisations.list' },
      schema: {
        tags,
        summary: 'Find organisations by name or EIK (for picking the other side of an ownership link)',
        querystring: z.object({ q: z.string().trim().min(1).max(LIMITS.searchMax) }),
        response: { 200: z.array(z.object({ id: z.string(), legalNameBg: z.string(), eik: z.string().nullable() })), ...errorResponses },
      },
    },
    async (request) => {
      authorize(request.actor, organisationPolicy.list(request.actor));
      const actor = requireActor(request.actor);
      const q = request.query.q;
      // EIK prefixes only from 3 digits up: a query without digits would otherwise match every EIK.
      const digits = q.replace(/\D/g, '');
      const byName = ilike(organisations.legalNameBg, containsPattern(q));
      const match = digits.length >= 3 ? or(byName, sql`${organisations.eik} like ${digits + '%'}`) : byName;
      const base = db.select({ id: organisations.id, legalNameBg: organisations.legalNameBg, eik: organisations.eik }).from(organisations);
      if (organisationPolicy.listAll(actor)) return base.where(match).orderBy(asc(organisations.legalNameBg)).limit(20);
      return base
        .innerJoin(organisationMembers, eq(organisationMembers.organisationId, organisations.id))
        .where(and(match, eq(organisationMembers.userId, actor.userId)))
        .orderBy(asc(organisations.legalNameBg))
        .limit(20);
    },
  );

  app.post(
    '/api/v1/organisations',
    {
      config: { policy: 'organisations.register' },
      schema: {
        tags,
        summary:
          'Register an organisation (you become its owner). Under an EIK of the public register a customer only ' +
          'claims it (202 with the claim): staff confirm the claim before the membership takes effect.',
        body: ZOrganisationInput,
        response: { 201: ZOrganisationDetail, 202: z.object({ claim: ZClaim }), ...errorResponses },
      },
    },
    async (request, reply) => {
      authorize(request.actor, organisationPolicy.register(request.actor));
      const actor = requireActor(request.actor);
      const done = await registerOrganisation({ db, actor, input: request.body, now: ctx.clock(), publicUrl: ctx.config.publicUrl });
      if (done.kind === 'claim') {
        return reply.status(202).send({ claim: await findClaim(ctx, done.claimId) });
      }
      const id = done.id;
      const refreshed = { ...actor, memberships: new Map([...actor.memberships, [id, 'owner' as const]]) };
      return reply.status(201).send(await getOrganisation(db, id, refreshed));
    },
  );

  app.get(
    '/api/v1/organisations/:id',
    {
      config: { policy: 'organisations.view' },
      schema: {
        tags,
        summary: 'An organisation with its figures, links, SME category and single undertaking',
        params: ZIdParams,
        response: detail,
      },
    },
    async (request) => {
      authorize(request.actor, organisationPolicy.view(request.actor, request.params.id));
      return getOrganisation(db, request.params.id, request.actor);
    },
  );

  app.patch(
    '/api/v1/organisations/:id',
    {
      config: { policy: 'organisations.update' },
      schema: { tags, summary: "Change an organisation's data", params: ZIdParams, body: ZOrganisationPatch, response: detail },
    },
    async (request) => {
      authorize(request.actor, organisationPolicy.update(request.actor, request.params.id));
      await updateOrganisation({
        db,
        actor: requireActor(request.actor),
        organisationId: request.params.id,
        patch: request.body,
        now: ctx.clock(),
      });
      return getOrganisation(db, request.params.id, request.actor);
    },
  );

  app.delete(
    '/api/v1/organisations/:id',
    {
      config: { policy: 'organisations.delete' },
      schema: {
        tags,
        summary: 'Delete an organisation (admin; audited)',
        params: ZIdParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      authorize(request.actor, organisationPolicy.delete(request.actor));
      await deleteOrganisation({ db, actor: requireActor(request.actor), organisationId: request.params.id });
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/api/v1/organisations/:id/partner',
    {
      config: { policy: 'organisations.setPartner' },
      schema: {
        tags,
        summary: 'Mark as consortium partner (admin)',
        params: ZIdParams,
        body: z.object({ isPartner: z.boolean() }),
        response: detail,
      },
    },
    async (request) => {
      authorize(request.actor, organisationPolicy.setPartner(request.actor));
      await setOrganisationPartner({
        db,
        actor: requireActor(request.actor),
        organisationId: request.params.id,
        isPartner: request.body.isPartner,
        now: ctx.clock(),
      });
      return getOrganisation(db, request.params.id, request.actor);
    },
  );

  const ZYearParams = ZIdParams.extend({ year: z.coerce.number().int().min(1900).max(2100) });
  app.put(
    '/api/v1/organisations/:id/figures/:year',
    {
      config: { policy: 'organisations.manageFigures' },
      schema: { tags, summary: "Record one accounting year's figures", params: ZYearParams, body: ZFigures, response: detail },
    },
    async (request) => {
      authorize(request.actor, organisationPolicy.manageFigures(request.actor, request.params.id));
      await putFigures({
        db,
        actor: requireActor(request.actor),
        organisationId: request.params.id,
        year: request.params.year,
        figures: request.body,
        now: ctx.clock(),
      });
      return getOrganisation(db, request.params.id, request.actor);
    },
  );

  app.delete(
    '/api/v1/organisations/:id/figures/:year',
    {
      config: { policy: 'organisations.manageFigures' },
      schema: { tags, summary: "Remove one year's figures", params: ZYearParams, response: detail },
    },
    async (request) => {
      authorize(request.actor, organisationPolicy.manageFigures(request.actor, request.params.id));
      await deleteFigures({ db, actor: requireActor(request.actor), organisationId: request.params.id, year: request.params.year });
      return getOrganisation(db, request.params.id, request.actor);
    },
  );

  app.post(
    '/api/v1/organisations/:id/contacts',
    {
      config: { policy: 'organisations.manageContacts' },
      schema: { tags, summary: 'Add a contact person', params: ZIdParams, body: ZContact, response: detail },
    },
    async (request) => {
      authorize(request.actor, organisationPolicy.manageContacts(request.actor, request.params.id));
      await addContact({
        db,
        actor: requireActor(request.actor),
        organisationId: request.params.id,
        contact: request.body,
        now: ctx.clock(),
      });
      return getOrganisation(db, request.params.id, request.actor);
    },
  );

  const ZContactParams = ZIdParams.extend({ contactId: ZUuid });
  app.patch(
    '/api/v1/organisations/:id/contacts/:contactId',
    {
      config: { policy: 'organisations.manageContacts' },
      schema: { tags, summary: 'Change a contact person', params: ZContactParams, body: ZContact.partial(), response: detail },
    },
    async (request) => {
      authorize(request.actor, organisationPolicy.manageContacts(request.actor, request.params.id));
      await updateContact({
        db,
        actor: requireActor(request.actor),
        organisationId: request.params.id,
        contactId: request.params.contactId,
        contact: request.body,
        now: ctx.clock(),
      });
      return getOrganisation(db, request.params.id, request.actor);
    },
  );

  app.delete(
    '/api/v1/organisations/:id/contacts/:contactId',
    {
      config: { policy: 'organisations.manageContacts' },
      schema: { tags, summary: 'Remove a contact person', params: ZContactParams, response: detail },
    },
    async (request) => {
      authorize(request.actor, organisationPolicy.manageContacts(request.actor, request.params.id));
      await deleteContact({
        db,
        actor: requireActor(request.actor),
        organisationId: request.params.id,
        contactId: request.params.contactId,
      });
      return getOrganisation(db, request.params.id, request.actor);
    },
  );

  app.post(
    '/api/v1/organisations/:id/ownership',
    {
      config: { policy: 'organisations.manageOwnership' },
      schema: {
        tags,
        summary:
          'Add or replace an ownership link (share of capital and votes, control). Unless the caller may manage both ' +
          'organisations (staff, or an owner of both), it becomes a pending link the other side confirms or declines.',
        params: ZIdParams,
        body: ZOwnership,
        response: detail,
      },
    },
    async (request) => {
      authorize(request.actor, organisationPolicy.manageOwnership(request.actor, request.params.id));
      await setOwnershipLink({ db, actor: requireActor(request.actor), organisationId: request.params.id, link: request.body });
      return getOrganisation(db, request.params.id, request.actor);
    },
  );

  app.delete(
    '/api/v1/organisations/:id/ownership/:linkId',
    {
      config: { policy: 'organisations.manageOwnership' },
      schema: { tags, summary: 'Remove an ownership link', params: ZIdParams.extend({ linkId: ZUuid }), response: detail },
    },
    async (request) => {
      authorize(request.actor, organisationPolicy.manageOwnership(request.actor, request.params.id));
      await deleteOwnershipLink({
        db,
        actor: requireActor(request.actor),
        organisationId: request.params.id,
        linkId: request.params.linkId,
      });
      return getOrganisation(db, request.params.id, request.actor);
    },
  );

  const pendingStep = (step: 'confirm' | 'decline' | 'withdraw', summary: string) =>
    app.post(
      `/api/v1/organisations/:id/ownership/:linkId/${step}`,
      {
        config: { policy: 'organisations.manageOwnership' },
        schema: { tags, summary, params: ZIdParams.extend({ linkId: ZUuid }), response: detail },
      },
      async (request) => {
        authorize(request.actor, organisationPolicy.manageOwnership(request.actor, request.params.id));
        await settlePendingLink({
          db,
          actor: requireActor(request.actor),
          organisationId: request.params.id,
          linkId: request.params.linkId,
          step,
        });
        return getOrganisation(db, request.params.id, request.actor);
      },
    );
  pendingStep('confirm', 'Confirm a pending ownership link the other organisation asked for (it takes effect now)');
  pendingStep('decline', 'Decline a pending ownership link the other organisation asked for');
  pendingStep('withdraw', 'Withdraw a pending ownership link this organisation asked for');

  app.post(
    '/api/v1/organisations/:id/members',
    {
      config: { policy: 'organisations.manageMembers' },
      schema: {
        tags,
        summary: 'Add a person (an existing account) to the organisation',
        params: ZIdParams,
        body: z.object({ email: z.string().trim().email().max(200), role: z.enum(MEMBERSHIP_ROLES).default('member') }),
        response: detail,
      },
    },
    async (request) => {
      authorize(request.actor, organisationPolicy.manageMembers(request.actor, request.params.id));
      await addMember({ db, actor: requireActor(request.actor), organisationId: request.params.id, ...request.body });
      return getOrganisation(db, request.params.id, request.actor);
    },
  );

  app.delete(
    '/api/v1/organisations/:id/members/:userId',
    {
      config: { policy: 'organisations.manageMembers' },
      schema: {
        tags,
        summary: 'Remove a person from the organisation',
        params: ZIdParams.extend({ userId: z.string().min(1).max(100) }),
        response: detail,
      },
    },
    async (request) => {
      authorize(request.actor, organisationPolicy.manageMembers(request.actor, request.params.id));
      await removeMember({ db, actor: requireActor(request.actor), organisationId: request.params.id, userId: request.params.userId });
      const actor =
        request.actor && request.params.userId === request.actor.userId
          ? { ...request.actor, memberships: new Map([...request.actor.memberships].filter(([k]) => k !== request.params.id)) }
          : request.actor;
      return getOrganisation(db, request.params.id, actor);
    },
  );
};
