/** Calls to the service catalogue API from the browser. */
import { api } from '../../shared/lib/api';
import type { TServiceDetail, TServiceBody as TServiceInput } from '../../../src/contract/services';

export const createService = (input: TServiceInput) => api<TServiceDetail>('POST', '/api/v1/services', input);

export const updateService = (id: string, patch: Partial<TServiceInput>) =>
  api<TServiceDetail>('PATCH', `/api/v1/services/${encodeURIComponent(id)}`, patch);

export const setServicePublished = (id: string, published: boolean) =>
  api<TServiceDetail>('PUT', `/api/v1/services/${encodeURIComponent(id)}/published`, { published });

export const deleteService = (id: string) => api<null>('DELETE', `/api/v1/services/${encodeURIComponent(id)}`);
