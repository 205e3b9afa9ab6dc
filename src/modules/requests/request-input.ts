/** Inputs of the requests API that use the platform's id and page schemas (the rest are in the contract). */
import { z } from 'zod';
import { REQUEST_STATES } from '../../domain/services/request-state-machine';
import { SERVICE_FAMILIES } from '../../contract/services';
import { REQUEST_LIMITS } from '../../contract/requests/enums';
import { ZPageQuery, ZUuid } from '../../platform/http/schemas';
import { LIMITS } from '../../contract/common';

export const ZCreateRequest = z.object({
  organisationId: ZUuid,
  serviceId: ZUuid,
  need: z.string().trim().min(REQUEST_LIMITS.needMin).max(REQUEST_LIMITS.needMax),
  /** Days or hours, to a thousandth: required for a service valued per day or per hour, refused for a fixed value. */
  quantity: z
    .number()
    .positive()
    .max(REQUEST_LIMITS.quantityMax)
    .refine((q) => Math.abs(q * 1000 - Math.round(q * 1000)) < 1e-6, 'at most three decimals')
    .optional(),
});
export type TCreateRequest = z.infer<typeof ZCreateRequest>;

export const ZListQuery = ZPageQuery.extend({
  status: z.enum(REQUEST_STATES).optional(),
  organisationId: ZUuid.optional(),
  serviceId: ZUuid.optional(),
  partnerId: ZUuid.optional(),
  family: z.enum(SERVICE_FAMILIES).optional(),
  q: z.string().trim().max(LIMITS.searchMax).optional(),
});
export type TListQuery = z.infer<typeof ZListQuery>;

export const ZBoardQuery = z.object({ partnerId: ZUuid.optional(), family: z.enum(SERVICE_FAMILIES).optional() });

export {
  ATTACHMENT_TYPES,
  REQUEST_LIMITS,
  ZComment,
  ZDeliveryInput,
  ZFeedback,
  ZTransition,
  type TDeliveryInput,
  type TTransitionBody,
} from '../../contract/requests';
