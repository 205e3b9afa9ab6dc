/** The questionnaire's texts (namespace `dma`), which the assessment pages read beside their `web` texts. */
import { dma as bg } from '../../../src/contract/assessments/locales/bg.json';
import { dma as en } from '../../../src/contract/assessments/locales/en.json';
import type { TModuleTexts } from '../../app/locales';

export const texts: TModuleTexts = { bg: { dma: bg }, en: { dma: en } };
