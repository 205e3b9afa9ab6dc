/** Calls to the state-aid API from the browser, and the addresses of its files. */
import { api, withQuery } from '../../shared/lib/api';
import type { TLocale } from '../../../src/contract/common';
import type { TAidSettings, TDeclaration, TDeclarationInput } from '../../../src/contract/aid';

const orgPath = (organisationId: string) => `/api/v1/organisations/${encodeURIComponent(organisationId)}`;

export const aidStatementPath = (organisationId: string) => `${orgPath(organisationId)}/aid`;

export const declarationsPath = (organisationId: string) => `${orgPath(organisationId)}/de-minimis-declarations`;

export const declarationTextPath = (locale: TLocale) => withQuery('/api/v1/aid/declaration-text', { locale });

export const AID_SETTINGS_PATH = '/api/v1/hub/aid-settings';

export const submitDeclaration = (organisationId: string, input: TDeclarationInput) =>
  api<TDeclaration>('POST', declarationsPath(organisationId), input);

export const updateAidSettings = (patch: Partial<TAidSettings>) => api<TAidSettings>('PATCH', AID_SETTINGS_PATH, patch);

export type TExportFormat = 'csv' | 'xlsx';

/** The national de minimis register file for a period (de minimis grants only). */
export const registerExportUrl = (period: { from: string; to: string }, format: TExportFormat) =>
  withQuery('/api/v1/aid/register-export', { from: period.from, to: period.to, format });

/** The Commission's "EDIH services" file: one row per delivery ending in the period. */
export const servicesExportUrl = (period: { from: string; to: string }, format: TExportFormat) =>
  withQuery('/api/v1/exports/services', { from: period.from, to: period.to, format });
