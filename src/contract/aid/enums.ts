/** Enums and limits of the state-aid ledger, shared by the server (schema, API) and the web app. */
export { AID_BASES, type TAidBasis } from '../../domain/state-aid/aid';

/** Regulations a customer may name for the de minimis aid it declares. */
export const DECLARED_REGULATIONS = ['2023/2831', '1407/2013', 'other'] as const;
export type TDeclaredRegulation = (typeof DECLARED_REGULATIONS)[number];

/** 100 000 000 EUR in cents: far above any de minimis ceiling, well inside a safe integer. */
export const CEILING_MAX_CENTS = 100_000_000 * 100;

/**
 * Limits of a declaration: each item at most EUR 100 000 000 (the ceiling's own maximum; no de minimis grant comes
 * near it) and at most 50 items, so the total (≤ EUR 5 000 000 000) and every sum with the ledger stay exact integers.
 * The grantor and the signer's name are at most 200 characters, the signer's name at least 2.
 */
export const DECLARATION_LIMITS = {
  itemAmountMaxCents: CEILING_MAX_CENTS,
  itemsMax: 50,
  grantorMax: 200,
  signerMin: 2,
  signerMax: 200,
} as const;
