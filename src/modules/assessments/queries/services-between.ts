import type { Executor } from '../../../db/client';

export interface TServiceBetween {
  id: string;
  title: string;
  deliveredAt: string;
}

/**
 * The services an organisation received between two assessment dates — the join point for the services
 * capability (issue 4). No deliveries are recorded yet, so there is nothing to list; when the deliveries
 * table exists this selects the organisation's deliveries with from < deliveredAt <= to.
 */
export async function listServicesBetween(
  _executor: Executor,
  _organisationId: string,
  _from: Date,
  _to: Date,
): Promise<TServiceBetween[]> {
  return [];
}
