import { translator } from '../../i18n';

const english = translator('en', 'web');

/** A technology area in readable English words, as the Commission's services file wants ("Data and cloud"). */
export const technologyLabel = (code: string): string => english(`services.technologies.${code}`);
