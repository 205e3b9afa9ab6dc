import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { TModuleOptions } from '../../../platform/http/context';
import { defineRoute } from '../../../platform/http/define-route';
import { errorResponses, ZCalendarDate, ZPageQuery } from '../../../platform/http/schemas';
import { fieldError } from '../../../platform/errors';
import { AID_BASES } from '../../../domain/state-aid/aid';
import { asLocale } from '../../../platform/i18n/index';
import { LIMITS } from '../../../contract/common';
import { aidPolicy } from '../policy';
import { ZLedgerPage } from '../../../contract/aid';
import { listLedger, loadRegisterRows } from '../queries/list-ledger';
import { loadServicesFileRows } from '../queries/services-file-rows';
import { writeTableCsv, writeTableXlsx, XLSX_TYPE, type TColumn } from '../files/table-file';
import { REGISTER_COLUMNS, REGISTER_SHEET } from '../files/register-file';
import { SERVICES_COLUMNS, SERVICES_SHEET } from '../files/services-file';

const tags = ['aid'];
const ZFormat = z.enum(['csv', 'xlsx']).default('xlsx');

function assertPeriod(from: string | undefined, to: string | undefined): void {
  if (from && to && from > to) throw fieldError('to', 'must not be before from', 'period');
}

/** The hub-wide ledger and the files it feeds: the national de minimis register and the Commission's services file. */
export const ledgerRoutes: FastifyPluginAsyncZod<TModuleOptions> = async (app, { ctx }) => {
  const { db } = ctx;

  async function sendTable<Row>(
    reply: import('fastify').FastifyReply,
    file: {
      format: 'csv' | 'xlsx';
      name: string;
      sheet: string;
      columns: readonly TColumn<Row>[];
      rows: readonly Row[];
    },
  ) {
    reply.header('cache-control', 'private, no-store');
    if (file.format === 'csv') {
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${file.name}.csv"`)
        .send(writeTableCsv(file.columns, file.rows));
    }
    return reply
      .type(XLSX_TYPE)
      .header('content-disposition', `attachment; filename="${file.name}.xlsx"`)
      .send(await writeTableXlsx(file.sheet, file.columns, file.rows));
  }

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/aid/ledger',
    schema: {
      tags,
      summary: 'Every aid grant of the hub, newest first, with totals per basis (staff)',
      querystring: ZPageQuery.extend({
        from: ZCalendarDate.optional(),
        to: ZCalendarDate.optional(),
        basis: z.enum(AID_BASES).optional(),
        q: z.string().trim().max(LIMITS.searchMax).optional(),
      }),
      response: { 200: ZLedgerPage, ...errorResponses },
    },
    policy: aidPolicy.viewLedger,
    handle: ({ request, actor }) => {
      assertPeriod(request.query.from, request.query.to);
      return listLedger(db, { ...request.query, q: request.query.q || undefined, locale: asLocale(actor.locale) });
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/aid/register-export',
    schema: {
      tags,
      summary:
        'De minimis grants for the national register: Beneficiary, EIK, Amount (EUR), Grant date, Legal basis, Service (staff)',
      querystring: z.object({ from: ZCalendarDate.optional(), to: ZCalendarDate.optional(), format: ZFormat }),
      produces: [XLSX_TYPE, 'text/csv'],
    },
    policy: aidPolicy.exportFiles,
    handle: async ({ request, reply }) => {
      const { from, to, format } = request.query;
      assertPeriod(from, to);
      const rows = await loadRegisterRows(db, { from, to });
      const name = ['de-minimis-register', from, to].filter(Boolean).join('-');
      return sendTable(reply, { format, name, sheet: REGISTER_SHEET, columns: REGISTER_COLUMNS, rows });
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/exports/services',
    schema: {
      tags,
      summary: 'The Commission\'s "EDIH services" file: one row per delivery ending in the period (staff)',
      querystring: z.object({ from: ZCalendarDate, to: ZCalendarDate, format: ZFormat }),
      produces: [XLSX_TYPE, 'text/csv'],
    },
    policy: aidPolicy.exportFiles,
    handle: async ({ request, reply }) => {
      const { from, to, format } = request.query;
      assertPeriod(from, to);
      const rows = await loadServicesFileRows(db, { from, to });
      return sendTable(reply, {
        format,
        name: `edih-services-${from}-${to}`,
        sheet: SERVICES_SHEET,
        columns: SERVICES_COLUMNS,
        rows,
      });
    },
  });
};
