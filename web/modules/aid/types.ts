/** Response shapes of the state-aid API (src/modules/aid) as the web app uses them. */
import type { TAidBasis } from '../../../src/domain/state-aid/aid';

export type { TAidBasis };

/** The regulations a declared de minimis grant can fall under. */
export const DECLARATION_REGULATIONS = ['2023/2831', '1407/2013', 'other'] as const;
export type TDeclarationRegulation = (typeof DECLARATION_REGULATIONS)[number];

/** One grant of the single undertaking in GET /organisations/:id/aid (amounts in EUR, as that contract fixes). */
export interface TAidStatementGrant {
  id: string;
  organisationId: string;
  organisationName: string;
  requestId: string | null;
  serviceId: string | null;
  description: string;
  amount: number;
  grantDate: string;
  basis: TAidBasis;
  gberArticle: string | null;
  noAidReason: string | null;
  counted: boolean;
  /** Set when the request ended without delivery: the grant stays listed, never counted. */
  revokedAt: string | null;
  revokeReason: string | null;
}

/** A declared de minimis grant from another grantor that counts in the window (EUR). */
export interface TAidStatementDeclared {
  organisationId: string;
  grantor: string;
  amount: number;
  grantDate: string;
  regulation: string;
}

/** GET /api/v1/organisations/:id/aid — EUR numbers with two decimals. */
export interface TAidStatement {
  ceiling: number;
  used: number;
  remaining: number;
  windowStart: string;
  windowEnd: string;
  singleUndertaking: string[];
  grants: TAidStatementGrant[];
  declarations: TAidStatementDeclared[];
  declarationOnFile: boolean;
}

export interface TDeclarationItem {
  grantor: string;
  amountCents: number;
  grantDate: string;
  regulation: TDeclarationRegulation;
}

/** One signed declaration (GET /organisations/:id/de-minimis-declarations; newest first, the first in force). */
export interface TDeclaration {
  id: string;
  items: TDeclarationItem[];
  totalCents: number;
  statement: string;
  locale: string;
  signerName: string;
  signedAt: string;
}

export interface TDeclarationInput {
  items: TDeclarationItem[];
  signerName: string;
  confirm: true;
}

export interface TLedgerItem {
  id: string;
  organisationId: string;
  organisationName: string;
  eik: string | null;
  requestId: string | null;
  ref: number | null;
  serviceTitle: string | null;
  amountCents: number;
  grantDate: string;
  basis: TAidBasis;
  gberArticle: string | null;
  noAidReason: string | null;
  /** A revoked grant is listed for the record; it is not in the totals nor in the register file. */
  revokedAt: string | null;
  revokeReason: string | null;
}

export interface TLedgerPage {
  items: TLedgerItem[];
  total: number;
  page: number;
  pageSize: number;
  totalsCents: Record<TAidBasis, number>;
}

export interface TAidSettings {
  deMinimisCeilingCents: number;
  nationalSharePercent: number;
}
