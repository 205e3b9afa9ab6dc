/** Request and response shapes of the state-aid API, used by the server (validation, OpenAPI) and the web app (types). */
import { z } from 'zod';
import { deMinimisWindow } from '../../domain/state-aid/de-minimis';
import { calendarDateInSofia, isCalendarDate } from '../../domain/state-aid/calendar-date';
import { ZCalendarDate, ZPageTotal } from '../schemas';
import { AID_BASES, CEILING_MAX_CENTS, DECLARATION_LIMITS, DECLARED_REGULATIONS } from './enums';

export const ZOrganisationAid = z.object({
  ceiling: z.number(),
  used: z.number(),
  remaining: z.number(),
  windowStart: z.string(),
  windowEnd: z.string(),
  singleUndertaking: z.array(z.string()),
  grants: z.array(
    z.object({
      id: z.string(),
      organisationId: z.string(),
      organisationName: z.string(),
      requestId: z.string().nullable(),
      serviceId: z.string().nullable(),
      description: z.string(),
      amount: z.number(),
      grantDate: z.string(),
      basis: z.enum(AID_BASES),
      gberArticle: z.string().nullable(),
      noAidReason: z.string().nullable(),
      counted: z.boolean(),
      /** Set when the request was cancelled before delivery: kept for the record, never counted. */
      revokedAt: z.string().nullable(),
      revokeReason: z.string().nullable(),
    }),
  ),
  declarations: z.array(
    z.object({
      organisationId: z.string(),
      grantor: z.string(),
      amount: z.number(),
      grantDate: z.string(),
      regulation: z.string(),
    }),
  ),
  declarationOnFile: z.boolean(),
});
export type TOrganisationAid = z.infer<typeof ZOrganisationAid>;

export const ZDeclarationItem = z.object({
  grantor: z.string(),
  amountCents: z.number().int(),
  grantDate: z.string(),
  regulation: z.string(),
});

export const ZDeclaration = z.object({
  id: z.string(),
  items: z.array(ZDeclarationItem),
  totalCents: z.number().int(),
  statement: z.string(),
  locale: z.string(),
  signerName: z.string(),
  signedAt: z.string(),
});
export type TDeclaration = z.infer<typeof ZDeclaration>;

export const ZLedgerItem = z.object({
  id: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  eik: z.string().nullable(),
  requestId: z.string().nullable(),
  ref: z.number().int().nullable(),
  serviceTitle: z.string().nullable(),
  amountCents: z.number().int(),
  grantDate: z.string(),
  basis: z.enum(AID_BASES),
  gberArticle: z.string().nullable(),
  noAidReason: z.string().nullable(),
  /** A revoked grant stays listed for the record; it is left out of the totals and the register file. */
  revokedAt: z.string().nullable(),
  revokeReason: z.string().nullable(),
});
export type TLedgerItem = z.infer<typeof ZLedgerItem>;

export const ZLedgerPage = z.object({
  items: z.array(ZLedgerItem),
  ...ZPageTotal,
  page: z.number().int(),
  pageSize: z.number().int(),
  totalsCents: z.object({
    de_minimis: z.number().int(),
    de_minimis_1407: z.number().int(),
    gber: z.number().int(),
    none: z.number().int(),
  }),
});
export type TLedgerPage = z.infer<typeof ZLedgerPage>;

export const ZAidSettings = z.object({ deMinimisCeilingCents: z.number().int(), nationalSharePercent: z.number() });

/**
 * A declaration as the customer signs it. Item dates must lie within the three years before today (older aid no
 * longer counts, future aid is not yet received); `today` is read per request, so the schema takes the clock.
 */
export function declarationInput(clock: () => Date) {
  const ZDeclaredDate = ZCalendarDate.superRefine((value, ctx) => {
    if (!isCalendarDate(value)) return;
    const today = calendarDateInSofia(clock());
    if (value > today) ctx.addIssue({ code: 'custom', message: 'must not be in the future' });
    else if (value < deMinimisWindow(today).start)
      ctx.addIssue({ code: 'custom', message: 'must lie within the three years before today' });
  });
  return z.object({
    items: z
      .array(
        z.object({
          grantor: z.string().trim().min(1).max(DECLARATION_LIMITS.grantorMax),
          amountCents: z.number().int().min(0).max(DECLARATION_LIMITS.itemAmountMaxCents),
          grantDate: ZDeclaredDate,
          regulation: z.enum(DECLARED_REGULATIONS),
        }),
      )
      .max(DECLARATION_LIMITS.itemsMax),
    signerName: z.string().trim().min(DECLARATION_LIMITS.signerMin).max(DECLARATION_LIMITS.signerMax),
    confirm: z.literal(true, { message: 'the signer must confirm the statement' }),
  });
}

export const ZAidSettingsPatch = z
  .object({
    deMinimisCeilingCents: z.number().int().min(100).max(CEILING_MAX_CENTS),
    nationalSharePercent: z
      .number()
      .min(0)
      .max(100)
      .refine((v) => Math.abs(v * 10_000 - Math.round(v * 10_000)) < 1e-6, 'at most four decimals'),
  })
  .partial()
  .refine((v) => v.deMinimisCeilingCents !== undefined || v.nationalSharePercent !== undefined, 'nothing to change');

export type TAidSettings = z.infer<typeof ZAidSettings>;
export type TAidSettingsPatch = z.input<typeof ZAidSettingsPatch>;
/** One grant of the single undertaking in GET /organisations/:id/aid (EUR). */
export type TAidStatementGrant = TOrganisationAid['grants'][number];
export type TDeclarationItem = z.infer<typeof ZDeclarationItem>;
export type TDeclarationInput = z.input<ReturnType<typeof declarationInput>>;
