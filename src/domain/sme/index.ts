/**
 * EU SME category (Commission Recommendation 2003/361/EC, small mid-caps per Recommendation (EU) 2025/1099), single
 * undertaking (de minimis Regulation (EU) 2023/2831), ownership-link validation and the self-check for enterprises
 * outside the registry. Pure functions; reasons are machine codes with parameters that the UI translates.
 */
export { categoryForFigures, SME_CEILINGS, type TSmeCeiling, type TYearFigures } from './figures';
export {
  computeSingleUndertaking,
  CONTROL_THRESHOLD,
  isControlLink,
  PARTNER_THRESHOLD,
  type TOwnershipLink,
} from './links';
export { SME_REASON_CODES, type TSmeReason, type TSmeReasonCode } from './reasons';
export {
  computeSmeCategory,
  PUBLIC_BODY_THRESHOLD,
  SME_RULES_VERSION,
  type TEnterpriseInput,
  type TSmeAssessment,
  type TSmeInput,
} from './category';
export {
  validateOwnershipLink,
  type TOwnershipLinkErrorCode,
  type TOwnershipLinkField,
  type TOwnershipLinkValidation,
} from './validate-link';
export { assessSelfDeclaredEnterprise, type TSelfCheckLink } from './self-check';
