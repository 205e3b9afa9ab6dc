import { z } from 'zod';
import { AID_BASES } from '../../domain/state-aid/aid';
import { centsToDecimal } from '../../domain/state-aid/money';

/** Regulations a customer may name for the de minimis aid it declares. */
export const DECLARED_REGULATIONS = ['2023/2831', '1407/2013', 'other'] as const;
export type TDeclaredRegulation = (typeof DECLARED_REGULATIONS)[number];

/** Euro cents as a EUR number with (at most) two decimals: the fixed contract of GET /organisations/:id/aid. */
export function centsToEur(cents: number): number {
  return Number(centsToDecimal(cents));
}

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
    z.object({ organisationId: z.string(), grantor: z.string(), amount: z.number(), grantDate: z.string(), regulation: z.string() }),
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
  total: z.number().int(),
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
