/** The technology areas of a service as a list of tags. */
import { useTranslation } from 'react-i18next';
import type { TTechnologyArea } from '../../../../src/contract/services/enums';

export function TechnologyTags({ technologies }: { technologies: readonly TTechnologyArea[] }) {
  const { t } = useTranslation();
  if (technologies.length === 0) return null;
  return (
    <ul className="tag-list" aria-label={t('services.detail.technologies')}>
      {technologies.map((tech) => (
        <li key={tech} className="tag">
          {t(`services.technologies.${tech}`)}
        </li>
      ))}
    </ul>
  );
}
