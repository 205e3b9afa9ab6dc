import { ASSESSMENT_ABILITIES } from '../../contract/assessments/abilities';
import type { TCapability } from '../../platform/capability';
import { assessmentRoutes } from './assessments.routes';
import { dmaRoutes } from './dma.routes';
import { assessmentPolicy } from './policy';

/** Digital maturity assessments (DMA): the self-check, T0/T1 assessments, reports and the Commission's files. */
export const assessmentsCapability: TCapability = {
  name: 'assessments',
  routes: [assessmentRoutes, dmaRoutes],
  abilities: {
    shape: ASSESSMENT_ABILITIES,
    of: (a) => ({
      assessments: {
        listAll: assessmentPolicy.listAll(a),
        exportFiles: assessmentPolicy.exportFiles(a),
        importFiles: assessmentPolicy.importFiles(a),
      },
    }),
  },
};
