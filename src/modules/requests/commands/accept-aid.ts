import { eq } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client';
import { services } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { marketValueCents, serviceAid, type TAidBasis, type TMarketValueUnit } from '../../../domain/state-aid/aid';
import { grantAidOnAcceptance } from '../../aid/public';
import { loadAidSettings } from '../../aid/public';
import type { TRequestRow } from '../queries/get-request';
import { requestRef } from '../../../contract/requests/request-ref';

/**
 * Records the aid a request represents on the day it is accepted (state-aid.md: the legal right arises then):
 * value = catalogue market value × quantity, price = catalogue price × quantity, aid = value − price. The
 * ledger refuses it (409) when de minimis would exceed the single undertaking's ceiling or no declaration is on file.
 */
export async function grantAidForRequest(
  tx: Tx,
  options: { request: TRequestRow; grantDate: string; actor: TActor },
): Promise<void> {
  const { request } = options;
  const [service] = await tx.select().from(services).where(eq(services.id, request.serviceId));
  const unit = service.valueUnit as TMarketValueUnit;
  const quantity = Number(request.quantity);
  const basis = service.aidBasis as TAidBasis;
  const { nationalSharePercent } = await loadAidSettings(tx);
  const aid = serviceAid({
    unit,
    unitValueCents: Number(service.marketValueCents),
    quantity,
    pricePaidCents: marketValueCents({ unit, unitValueCents: Number(service.priceCents), quantity }),
    basis,
    nationalSharePercent,
  });
  await grantAidOnAcceptance(tx, {
    organisationId: request.organisationId,
    requestId: request.id,
    serviceId: request.serviceId,
    description: `${service.titleBg} (${requestRef(request.ref)})`,
    amountCents: aid.aidCents,
    grantDate: options.grantDate,
    basis,
    gberArticle: service.gberArticle,
    noAidReason: service.noAidReason,
    actor: options.actor,
  });
}
