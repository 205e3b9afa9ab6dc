import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { TModuleOptions } from '../../../platform/http/context';
import { defineRoute } from '../../../platform/http/define-route';
import { errorResponses, ZCalendarDate, ZUuid } from '../../../platform/http/schemas';
import { calendarDateInSofia } from '../../../domain/state-aid/calendar-date';
import { asLocale } from '../../../platform/i18n/index';
import { LOCALES } from '../../../contract/common';
import { aidPolicy } from '../policy';
import {
  declarationInput,
  ZAidSettings,
  ZAidSettingsPatch,
  ZDeclaration,
  ZOrganisationAid,
} from '../../../contract/aid';
import { declarationText } from '../declaration-statement';
import { submitDeclaration } from '../commands/submit-declaration';
import { updateAidSettings } from '../commands/update-aid-settings';
import { getOrganisationAid } from '../queries/organisation-aid';
import { getDeclaration, listDeclarations } from '../queries/list-declarations';
import { loadAidSettings } from '../queries/aid-settings';
import { findOrganisationRow } from '../../organisations/public';
import { ledgerRoutes } from './ledger.routes';

const ZIdParams = z.object({ id: ZUuid });
const tags = ['aid'];

/** The state-aid ledger: an organisation's position and declarations, the statement text, the hub's aid settings, and the staff ledger and files. */
export const aidRoutes: FastifyPluginAsyncZod<TModuleOptions> = async (app, { ctx }) => {
  const { db } = ctx;

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/organisations/:id/aid',
    schema: {
      tags,
      summary:
        'De minimis aid of the single undertaking on a day (default today): ceiling, used, remaining (EUR), grants, declarations',
      params: ZIdParams,
      querystring: z.object({ date: ZCalendarDate.optional() }),
      response: { 200: ZOrganisationAid, ...errorResponses },
    },
    load: (request) => request.params.id,
    policy: aidPolicy.viewOrganisationAid,
    handle: ({ request }) =>
      getOrganisationAid(db, request.params.id, request.query.date ?? calendarDateInSofia(ctx.clock())),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/organisations/:id/de-minimis-declarations',
    schema: {
      tags,
      summary: "An organisation's de minimis declarations, newest (in force) first",
      params: ZIdParams,
      response: { 200: z.array(ZDeclaration), ...errorResponses },
    },
    load: (request) => request.params.id,
    policy: aidPolicy.viewOrganisationAid,
    handle: async ({ request }) => {
      await findOrganisationRow(db, request.params.id);
      return listDeclarations(db, request.params.id);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/organisations/:id/de-minimis-declarations',
    schema: {
      tags,
      summary:
        'Sign a declaration of the de minimis aid received from other grantors in the past three years (an empty list: none)',
      params: ZIdParams,
      body: declarationInput(ctx.clock),
      response: { 201: ZDeclaration, ...errorResponses },
    },
    load: (request) => request.params.id,
    policy: aidPolicy.declare,
    handle: async ({ request, reply, actor }) => {
      const id = await submitDeclaration({
        db,
        actor,
        organisationId: request.params.id,
        items: request.body.items,
        signerName: request.body.signerName,
        now: ctx.clock(),
      });
      return reply.status(201).send(await getDeclaration(db, id));
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/aid/declaration-text',
    schema: {
      tags,
      summary: 'The de minimis declaration statement the form shows before signing',
      querystring: z.object({ locale: z.enum(LOCALES).optional() }),
      response: { 200: z.object({ statement: z.string() }) },
    },
    policy: aidPolicy.declarationText,
    anonymous: true,
    handle: async ({ request, actor }) => {
      const locale = request.query.locale ?? asLocale(actor?.locale);
      const settings = await loadAidSettings(db);
      return { statement: declarationText(locale, settings.deMinimisCeilingCents) };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/hub/aid-settings',
    schema: {
      tags,
      summary: 'The de minimis ceiling and the national share of aid (staff)',
      response: { 200: ZAidSettings, ...errorResponses },
    },
    policy: aidPolicy.viewSettings,
    handle: () => loadAidSettings(db),
  });

  defineRoute(app, {
    method: 'PATCH',
    url: '/api/v1/hub/aid-settings',
    schema: {
      tags,
      summary: 'Change the de minimis ceiling (cents) and the national share (percent) (admin; audited)',
      body: ZAidSettingsPatch,
      response: { 200: ZAidSettings, ...errorResponses },
    },
    policy: aidPolicy.updateSettings,
    handle: ({ request, actor }) => updateAidSettings({ db, actor, patch: request.body, now: ctx.clock() }),
  });

  await app.register(ledgerRoutes, { ctx });
};
