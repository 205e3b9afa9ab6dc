/** Module 1: the customer data as it stood in the registry when the assessment was submitted. */
import { useTranslation } from 'react-i18next';
import { MODULE1_KEYS } from '../../../../src/domain/dma/module1';
import { localName } from '../../../shared/lib/format';
import { useReference } from '../../../shared/reference/use-reference';
import { useSession } from '../../../shared/session/session';

export function Module1Snapshot({ data }: { data: Record<string, string | number | null> }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  const { regions, sectors } = useReference();
  // The known keys in the JRC form's order; unknown extra keys follow.
  const keys = [
    ...MODULE1_KEYS.filter((k) => k in data),
    ...Object.keys(data).filter((k) => !MODULE1_KEYS.includes(k)),
  ];

  const display = (key: string, value: string | number): string => {
    const v = String(value);
    switch (key) {
      case 'organisationType':
        return t(`organisations.types.${v}`, { defaultValue: v });
      case 'staffBand':
        return t(`assessments.staffBands.${v}`, { defaultValue: v });
      case 'psoLevel':
        return t(`assessments.psoLevels.${v}`, { defaultValue: v });
      case 'sector':
      case 'secondarySector': {
        const s = sectors ? [...sectors.enterprise, ...sectors.public].find((x) => x.id === v) : null;
        return s ? localName(s, locale) : v;
      }
      case 'nuts2': {
        const r = regions?.nuts2.find((x) => x.code === v);
        return r ? `${localName(r, locale)} (${v})` : v;
      }
      case 'oblast': {
        const o = regions?.oblasts.find((x) => x.code === v);
        return o ? `${localName(o, locale)} (${v})` : v;
      }
      default:
        return v;
    }
  };

  return (
    <dl className="details">
      {keys.map((key) => {
        const value = data[key];
        return (
          <div key={key} className="details__item">
            <dt>{t(`assessments.module1.${key}`, { defaultValue: key })}</dt>
            <dd>
              {value === null || value === undefined || value === '' ? (
                <span className="muted">{t('assessments.module1.empty')}</span>
              ) : (
                display(key, value)
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
