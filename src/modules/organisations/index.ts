import { ORGANISATION_ABILITIES } from '../../contract/organisations/abilities';
import type { TCapability } from '../../platform/capability';
import { ORGANISATION_ERROR_STATUS } from '../../contract/organisations/errors';
import { ORGANISATION_MAIL_KINDS } from '../../contract/organisations/mail';
import { organisationRoutes } from './routes/organisations.routes';
import { organisationPolicy } from './policy';
import { smeBackfillJob } from './jobs/backfill-sme';

/** The organisation registry: customers and partners, figures, contacts, ownership, members, EIK claims. */
export const organisationsCapability: TCapability = {
  name: 'organisations',
  routes: [organisationRoutes],
  errorStatus: ORGANISATION_ERROR_STATUS,
  mailKinds: ORGANISATION_MAIL_KINDS,
  abilities: {
    shape: ORGANISATION_ABILITIES,
    of: (a) => ({
      organisations: {
        list: organisationPolicy.list(a),
        listAll: organisationPolicy.listAll(a),
        create: organisationPolicy.register(a),
      },
      selfCheck: true,
    }),
  },
  jobs: [smeBackfillJob],
};
