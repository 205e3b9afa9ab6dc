/** The machine codes (with parameters) that explain an SME category; the UI translates them. */

export const SME_REASON_CODES = [
  'no_figures',
  'linked_added',
  'partner_added',
  'partner_linked_added',
  'figures_fallback',
  'figures_missing',
  'public_body_25',
  'single_year',
  'two_year_rule_changed',
  'two_year_rule_kept',
  'years_not_consecutive',
  'staff_below',
  'staff_above',
  'turnover_within',
  'turnover_above',
  'balance_within',
  'balance_above',
  'not_sme_category',
] as const;
export type TSmeReasonCode = (typeof SME_REASON_CODES)[number];

export interface TSmeReason {
  code: TSmeReasonCode;
  params: Record<string, string | number>;
}
