import { z } from 'zod';

/** Reference data every capability's forms use (regions, sectors): served by the hub, shared by all. */
export const ZNamed = z.object({ nameBg: z.string(), nameEn: z.string() });
export const ZRegions = z.object({
  version: z.string(),
  nuts2: z.array(ZNamed.extend({ code: z.string() })),
  oblasts: z.array(ZNamed.extend({ code: z.string(), nuts2: z.string() })),
});
export const ZSectors = z.object({
  enterprise: z.array(ZNamed.extend({ id: z.string() })),
  public: z.array(ZNamed.extend({ id: z.string() })),
});

export type TNamed = z.infer<typeof ZNamed>;
export type TRegions = z.infer<typeof ZRegions>;
export type TSectors = z.infer<typeof ZSectors>;
