import { translator } from '../../platform/i18n/index';
import type { TLocale } from '../../contract/common';

/**
 * A technology area in readable words ("Data and cloud" / "Данни и облак"). English by default: the Commission's
 * services file wants English like the rest of its columns; forms prefilled for staff pass their language.
 */
export const technologyLabel = (code: string, locale: TLocale = 'en'): string =>
  translator(locale, 'web')(`services.technologies.${code}`);
