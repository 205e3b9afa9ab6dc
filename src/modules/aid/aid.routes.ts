import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { TModuleOptions } from '../../platform/http/context';
import { authorize, requireActor } from '../../platform/http/authorize';
import { errorResponses, ZUuid } from '../../platform/http/schemas';
import { calendarDateInSofia } from '../../domain/state-aid/calendar-date';
import { asLocale } from '../../platform/i18n/index';
import { LOCALES } from '../../contract/common';
import { aidPolicy } from './aid.policy';
import { ZAidSettings, ZDeclaration, ZOrganisationAid } from './aid.presenter';
import { declarationInput, ZAidSettingsPatch, ZCalendarDate } from './aid-input';
import { declarationText } from './declaration-statement';
import { submitDeclaration } from './commands/submit-declaration';
import { updateAidSettings } from './commands/update-aid-settings';
import { getOrganisationAid } from './queries/organisation-aid';
import { getDeclaration, listDeclarations } from './queries/list-declarations';
import { loadAidSettings } from './queries/aid-settings';
import { findOrganisationRow } from '../organisations/queries/get-organisation';
import { ledgerRoutes } from './ledger.routes';

const ZIdParams = z.object({ id: ZUuid });
const tags = ['aid'];

/** The state-aid ledger: an organisation's position and declarations, the statement text, the hub's aid settings, and the staff ledger and files. */
export const aidRoutes: FastifyPluginAsyncZod<TModuleOptions> = async (app, { ctx }) => {
  const { db } = ctx;

  app.get(
    '/api/v1/organisations/:id/aid',
    {
      config: { policy: 'aid.viewOrganisationAid' },
      schema: {
        tags,
        summary: 'De minimis aid of the single undertaking on a day (default today): ceiling, used, remaining (EUR), grants, declarations',
        params: ZIdParams,
        querystring: z.object({ date: ZCalendarDate.optional() }),
        response: { 200: ZOrganisationAid, ...errorResponses },
      },
    },
    async (request) => {
      authorize(request.actor, aidPolicy.viewOrganisationAid(request.actor, request.params.id));
      return getOrganisationAid(db, request.params.id, request.query.date ?? calendarDateInSofia(ctx.clock()));
    },
  );

  app.get(
    '/api/v1/organisations/:id/de-minimis-declarations',
    {
      config: { policy: 'aid.viewOrganisationAid' },
      schema: {
        tags,
        summary: "An organisation's de minimis declarations, newest (in force) first",
        params: ZIdParams,
        response: { 200: z.array(ZDeclaration), ...errorResponses },
      },
    },
    async (request) => {
      authorize(request.actor, aidPolicy.viewOrganisationAid(request.actor, request.params.id));
      await findOrganisationRow(db, request.params.id);
      return listDeclarations(db, request.params.id);
    },
  );

  app.post(
    '/api/v1/organisations/:id/de-minimis-declarations',
    {
      config: { policy: 'aid.declare' },
      schema: {
        tags,
        summary: 'Sign a declaration of the de minimis aid received from other grantors in the past three years (an empty list: none)',
        params: ZIdParams,
        body: declarationInput(ctx.clock),
        response: { 201: ZDeclaration, ...errorResponses },
      },
    },
    async (request, reply) => {
      authorize(request.actor, aidPolicy.declare(request.actor, request.params.id));
      const id = await submitDeclaration({
        db,
        actor: requireActor(request.actor),
        organisationId: request.params.id,
        items: request.body.items,
        signerName: request.body.signerName,
        now: ctx.clock(),
      });
      return reply.status(201).send(await getDeclaration(db, id));
    },
  );

  app.get(
    '/api/v1/aid/declaration-text',
    {
      config: { policy: 'aid.declarationText' },
      schema: {
        tags,
        summary: 'The de minimis declaration statement the form shows before signing',
        querystring: z.object({ locale: z.enum(LOCALES).optional() }),
        response: { 200: z.object({ statement: z.string() }) },
      },
    },
    async (request) => {
      authorize(request.actor, aidPolicy.declarationText());
      const locale = request.query.locale ?? asLocale(request.actor?.locale);
      const settings = await loadAidSettings(db);
      return { statement: declarationText(locale, settings.deMinimisCeilingCents) };
    },
  );

  app.get(
    '/api/v1/hub/aid-settings',
    {
      config: { policy: 'aid.viewSettings' },
      schema: {
        tags,
        summary: 'The de minimis ceiling and the national share of aid (staff)',
        response: { 200: ZAidSettings, ...errorResponses },
      },
    },
    async (request) => {
      authorize(request.actor, aidPolicy.viewSettings(request.actor));
      return loadAidSettings(db);
    },
  );

  app.patch(
    '/api/v1/hub/aid-settings',
    {
      config: { policy: 'aid.updateSettings' },
      schema: {
        tags,
        summary: 'Change the de minimis ceiling (cents) and the national share (percent) (admin; audited)',
        body: ZAidSettingsPatch,
        response: { 200: ZAidSettings, ...errorResponses },
      },
    },
    async (request) => {
      authorize(request.actor, aidPolicy.updateSettings(request.actor));
      return updateAidSettings({ db, actor: requireActor(request.actor), patch: request.body, now: ctx.clock() });
    },
  );

  await app.register(ledgerRoutes, { ctx });
};
