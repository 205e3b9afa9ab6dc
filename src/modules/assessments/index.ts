import { z } from 'zod';
import type { TCapability } from '../../platform/capability';
import { assessmentRoutes } from './assessments.routes';
import { dmaRoutes } from './dma.routes';
import { assessmentPolicy } from './policy';

/** Digital maturity assessments (DMA): the self-check, T0/T1 assessments, reports and the Commission's files. */
export const assessmentsCapability: TCapability = {
  name: 'assessments',
  routes: [assessmentRoutes, dmaRoutes],
  abilities: {
    shape: { assessments: z.object({ listAll: z.boolean(), exportFiles: z.boolean(), importFiles: z.boolean() }) },
    of: (a) => ({
      assessments: {
        listAll: assessmentPolicy.listAll(a),
        exportFiles: assessmentPolicy.exportFiles(a),
        importFiles: assessmentPolicy.importFiles(a),
      },
    }),
  },
};
