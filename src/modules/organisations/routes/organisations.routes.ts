import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { TModuleOptions } from '../../../platform/http/context';
import { defineRoute } from '../../../platform/http/define-route';
import { errorResponses, paginated, ZPageQuery, ZQueryBool, ZUuid } from '../../../platform/http/schemas';
import { LIMITS, MEMBERSHIP_ROLES, ORGANISATION_TYPES } from '../../../contract/common';
import { organisationPolicy } from '../policy';
import { ZClaim, ZLookupItem, ZOrganisationDetail, ZOrganisationSummary } from '../../../contract/organisations';
import { ZOrganisationInput, ZOrganisationPatch } from '../organisation-input';
import { getOrganisation } from '../queries/get-organisation';
import { listOrganisations } from '../queries/list-organisations';
import { registerOrganisation } from '../commands/register-organisation';
import { updateOrganisation } from '../commands/update-organisation';
import { setOrganisationPartner } from '../commands/set-organisation-partner';
import { deleteOrganisation } from '../commands/delete-organisation';
import { deleteFigures, putFigures } from '../commands/put-figures';
import { addContact, deleteContact, updateContact } from '../commands/manage-contacts';
import { deleteOwnershipLink, setOwnershipLink, settlePendingLink } from '../commands/manage-ownership';
import { addMember, removeMember } from '../commands/manage-members';
import { findClaim } from '../queries/list-claims';
import { lookupOrganisations } from '../queries/lookup-organisations';
import { claimRoutes } from './claims.routes';

const ZIdParams = z.object({ id: ZUuid });
const ZFigures = z.object({
  staff: z.number().min(0).max(10_000_000),
  turnover: z.number().min(0).max(1e15),
  balanceSheet: z.number().min(0).max(1e15),
});
const ZContactInput = z.object({
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
  const byId = (r: { params: { id: string } }) => ({ organisationId: r.params.id });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/organisations',
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
    policy: organisationPolicy.list,
    handle: async ({ request, actor }) => {
      const { mine, ...query } = request.query;
      const all = organisationPolicy.listAll(actor) && !mine;
      return listOrganisations(db, { ...query, memberUserId: all ? undefined : actor.userId });
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/organisations/lookup',
    schema: {
      tags,
      summary: 'Find organisations by name or EIK (for picking the other side of an ownership link)',
      querystring: z.object({ q: z.string().trim().min(1).max(LIMITS.searchMax) }),
      response: { 200: z.array(ZLookupItem), ...errorResponses },
    },
    policy: organisationPolicy.list,
    handle: async ({ request, actor }) => {
      return lookupOrganisations(db, request.query.q, organisationPolicy.listAll(actor) ? undefined : actor.userId);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/organisations',
    schema: {
      tags,
      summary:
        'Register an organisation (you become its owner). Under an EIK of the public register a customer only ' +
        'claims it (202 with the claim): staff confirm the claim before the membership takes effect.',
      body: ZOrganisationInput,
      response: { 201: ZOrganisationDetail, 202: z.object({ claim: ZClaim }), ...errorResponses },
    },
    policy: organisationPolicy.register,
    handle: async ({ request, reply, actor }) => {
      const done = await registerOrganisation({
        db,
        actor,
        input: request.body,
        now: ctx.clock(),
        publicUrl: ctx.config.publicUrl,
      });
      if (done.kind === 'claim') {
        return reply.status(202).send({ claim: await findClaim(db, done.claimId) });
      }
      const id = done.id;
      const refreshed = { ...actor, memberships: new Map([...actor.memberships, [id, 'owner' as const]]) };
      return reply.status(201).send(await getOrganisation(db, id, refreshed));
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/organisations/:id',
    schema: {
      tags,
      summary: 'An organisation with its figures, links, SME category and single undertaking',
      params: ZIdParams,
      response: detail,
    },
    load: byId,
    policy: organisationPolicy.view,
    handle: ({ request, actor }) => getOrganisation(db, request.params.id, actor),
  });

  defineRoute(app, {
    method: 'PATCH',
    url: '/api/v1/organisations/:id',
    schema: {
      tags,
      summary: "Change an organisation's data",
      params: ZIdParams,
      body: ZOrganisationPatch,
      response: detail,
    },
    load: byId,
    policy: organisationPolicy.update,
    handle: async ({ request, actor }) => {
      await updateOrganisation({ db, actor, organisationId: request.params.id, patch: request.body, now: ctx.clock() });
      return getOrganisation(db, request.params.id, actor);
    },
  });

  defineRoute(app, {
    method: 'DELETE',
    url: '/api/v1/organisations/:id',
    schema: {
      tags,
      summary: 'Delete an organisation (admin; audited)',
      params: ZIdParams,
      response: { 204: z.null(), ...errorResponses },
    },
    policy: organisationPolicy.delete,
    handle: async ({ request, reply, actor }) => {
      await deleteOrganisation({ db, actor, organisationId: request.params.id });
      return reply.status(204).send(null);
    },
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/api/v1/organisations/:id/partner',
    schema: {
      tags,
      summary: 'Mark as consortium partner (admin)',
      params: ZIdParams,
      body: z.object({ isPartner: z.boolean() }),
      response: detail,
    },
    policy: organisationPolicy.setPartner,
    handle: async ({ request, actor }) => {
      await setOrganisationPartner({
        db,
        actor,
        organisationId: request.params.id,
        isPartner: request.body.isPartner,
        now: ctx.clock(),
      });
      return getOrganisation(db, request.params.id, actor);
    },
  });

  const ZYearParams = ZIdParams.extend({ year: z.coerce.number().int().min(1900).max(2100) });
  defineRoute(app, {
    method: 'PUT',
    url: '/api/v1/organisations/:id/figures/:year',
    schema: {
      tags,
      summary: "Record one accounting year's figures",
      params: ZYearParams,
      body: ZFigures,
      response: detail,
    },
    load: byId,
    policy: organisationPolicy.manageFigures,
    handle: async ({ request, actor }) => {
      await putFigures({
        db,
        actor,
        organisationId: request.params.id,
        year: request.params.year,
        figures: request.body,
        now: ctx.clock(),
      });
      return getOrganisation(db, request.params.id, actor);
    },
  });

  defineRoute(app, {
    method: 'DELETE',
    url: '/api/v1/organisations/:id/figures/:year',
    schema: { tags, summary: "Remove one year's figures", params: ZYearParams, response: detail },
    load: byId,
    policy: organisationPolicy.manageFigures,
    handle: async ({ request, actor }) => {
      await deleteFigures({ db, actor, organisationId: request.params.id, year: request.params.year });
      return getOrganisation(db, request.params.id, actor);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/organisations/:id/contacts',
    schema: { tags, summary: 'Add a contact person', params: ZIdParams, body: ZContactInput, response: detail },
    load: byId,
    policy: organisationPolicy.manageContacts,
    handle: async ({ request, actor }) => {
      await addContact({ db, actor, organisationId: request.params.id, contact: request.body, now: ctx.clock() });
      return getOrganisation(db, request.params.id, actor);
    },
  });

  const ZContactParams = ZIdParams.extend({ contactId: ZUuid });
  defineRoute(app, {
    method: 'PATCH',
    url: '/api/v1/organisations/:id/contacts/:contactId',
    schema: {
      tags,
      summary: 'Change a contact person',
      params: ZContactParams,
      body: ZContactInput.partial(),
      response: detail,
    },
    load: byId,
    policy: organisationPolicy.manageContacts,
    handle: async ({ request, actor }) => {
      await updateContact({
        db,
        actor,
        organisationId: request.params.id,
        contactId: request.params.contactId,
        contact: request.body,
        now: ctx.clock(),
      });
      return getOrganisation(db, request.params.id, actor);
    },
  });

  defineRoute(app, {
    method: 'DELETE',
    url: '/api/v1/organisations/:id/contacts/:contactId',
    schema: { tags, summary: 'Remove a contact person', params: ZContactParams, response: detail },
    load: byId,
    policy: organisationPolicy.manageContacts,
    handle: async ({ request, actor }) => {
      await deleteContact({ db, actor, organisationId: request.params.id, contactId: request.params.contactId });
      return getOrganisation(db, request.params.id, actor);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/organisations/:id/ownership',
    schema: {
      tags,
      summary:
        'Add or replace an ownership link (share of capital and votes, control). Unless the caller may manage both ' +
        'organisations (staff, or an owner of both), it becomes a pending link the other side confirms or declines.',
      params: ZIdParams,
      body: ZOwnership,
      response: detail,
    },
    load: byId,
    policy: organisationPolicy.manageOwnership,
    handle: async ({ request, actor }) => {
      await setOwnershipLink({ db, actor, organisationId: request.params.id, link: request.body });
      return getOrganisation(db, request.params.id, actor);
    },
  });

  const ZLinkParams = ZIdParams.extend({ linkId: ZUuid });
  defineRoute(app, {
    method: 'DELETE',
    url: '/api/v1/organisations/:id/ownership/:linkId',
    schema: { tags, summary: 'Remove an ownership link', params: ZLinkParams, response: detail },
    load: byId,
    policy: organisationPolicy.manageOwnership,
    handle: async ({ request, actor }) => {
      await deleteOwnershipLink({ db, actor, organisationId: request.params.id, linkId: request.params.linkId });
      return getOrganisation(db, request.params.id, actor);
    },
  });

  // The side check (only the other organisation answers, only the asking one withdraws) runs in the command,
  // once the pending link is loaded under its lock.
  const pendingStep = (step: 'confirm' | 'decline' | 'withdraw', summary: string) =>
    defineRoute(app, {
      method: 'POST',
      url: `/api/v1/organisations/:id/ownership/:linkId/${step}`,
      schema: { tags, summary, params: ZLinkParams, response: detail },
      load: byId,
      policy: organisationPolicy.manageOwnership,
      handle: async ({ request, actor }) => {
        await settlePendingLink({ db, actor, organisationId: request.params.id, linkId: request.params.linkId, step });
        return getOrganisation(db, request.params.id, actor);
      },
    });
  pendingStep('confirm', 'Confirm a pending ownership link the other organisation asked for (it takes effect now)');
  pendingStep('decline', 'Decline a pending ownership link the other organisation asked for');
  pendingStep('withdraw', 'Withdraw a pending ownership link this organisation asked for');

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/organisations/:id/members',
    schema: {
      tags,
      summary: 'Add a person (an existing account) to the organisation',
      params: ZIdParams,
      body: z.object({ email: z.string().trim().email().max(200), role: z.enum(MEMBERSHIP_ROLES).default('member') }),
      response: detail,
    },
    load: byId,
    policy: organisationPolicy.manageMembers,
    handle: async ({ request, actor }) => {
      await addMember({ db, actor, organisationId: request.params.id, ...request.body });
      return getOrganisation(db, request.params.id, actor);
    },
  });

  defineRoute(app, {
    method: 'DELETE',
    url: '/api/v1/organisations/:id/members/:userId',
    schema: {
      tags,
      summary: 'Remove a person from the organisation',
      params: ZIdParams.extend({ userId: z.string().min(1).max(100) }),
      response: detail,
    },
    load: byId,
    policy: organisationPolicy.manageMembers,
    handle: async ({ request, actor }) => {
      await removeMember({ db, actor, organisationId: request.params.id, userId: request.params.userId });
      const seenBy =
        request.params.userId === actor.userId
          ? { ...actor, memberships: new Map([...actor.memberships].filter(([k]) => k !== request.params.id)) }
          : actor;
      return getOrganisation(db, request.params.id, seenBy);
    },
  });
};
