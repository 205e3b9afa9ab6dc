import { z } from 'zod';
import { ORGANISATION_TYPES } from '../common';

/** GET /api/v1/hub: the hub's public profile and its consortium partners. */
export const ZHub = z.object({
  nameBg: z.string(),
  nameEn: z.string(),
  city: z.string().nullable(),
  nuts2: z.string().nullable(),
  descriptionBg: z.string().nullable(),
  descriptionEn: z.string().nullable(),
  email: z.string().nullable(),
  website: z.string().nullable(),
  partners: z.array(
    z.object({
      id: z.string(),
      legalNameBg: z.string(),
      legalNameEn: z.string().nullable(),
      type: z.enum(ORGANISATION_TYPES),
      city: z.string().nullable(),
      website: z.string().nullable(),
    }),
  ),
});

export type THub = z.infer<typeof ZHub>;
export type THubPartner = THub['partners'][number];
