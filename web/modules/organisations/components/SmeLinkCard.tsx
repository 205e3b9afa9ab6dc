import { useTranslation } from 'react-i18next';
import { CheckboxField, SelectField, TextField } from '../../../shared/components/Field';
import type { TCheckProblems, TLinkRow } from '../check-model';
import { FigureRows } from './FigureRows';

/** One holding in the SME self-check: the other enterprise, the shares, control and its own figures. */
export function SmeLinkCard(props: {
  link: TLinkRow;
  index: number;
  problems: TCheckProblems;
  submitted: boolean;
  onPatch: (patch: Partial<TLinkRow>) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const { link: l, index: i, problems, submitted, onPatch, onRemove } = props;
  const label = l.name.trim() || t('sme.check.linkNumber', { n: i + 1 });
  const shareErr = (field: string) => {
    const p = problems[`${l.key}.${field}`];
    return submitted && p ? t(`sme.problems.${p}`) : null;
  };
  return (
    <fieldset className="link-card">
      <legend>{label}</legend>
      <div className="grid-2">
        <TextField
          id={`${l.key}-name`}
          label={t('sme.check.linkName')}
          value={l.name}
          onValue={(v) => onPatch({ name: v })}
        />
        <SelectField
          id={`${l.key}-relation`}
          label={t('sme.check.relation')}
          value={l.relation}
          onValue={(v) => onPatch({ relation: v as TLinkRow['relation'] })}
          options={[
            { value: 'owned_by', label: t('sme.check.relationOwnedBy') },
            { value: 'owns', label: t('sme.check.relationOwns') },
          ]}
        />
        <TextField
          id={`${l.key}-capital`}
          label={t('ownership.capitalShare')}
          value={l.capitalShare}
          onValue={(v) => onPatch({ capitalShare: v })}
          error={shareErr('capitalShare')}
          inputMode="decimal"
          required
        />
        <TextField
          id={`${l.key}-voting`}
          label={t('ownership.votingShare')}
          value={l.votingShare}
          onValue={(v) => onPatch({ votingShare: v })}
          error={shareErr('votingShare')}
          inputMode="decimal"
          required
        />
      </div>
      <div className="checkbox-group">
        <CheckboxField
          id={`${l.key}-board`}
          label={t('ownership.boardControl')}
          checked={l.boardControl}
          onChecked={(v) => onPatch({ boardControl: v })}
        />
        <CheckboxField
          id={`${l.key}-dominant`}
          label={t('ownership.dominantInfluence')}
          checked={l.dominantInfluence}
          onChecked={(v) => onPatch({ dominantInfluence: v })}
        />
        <CheckboxField
          id={`${l.key}-agreement`}
          label={t('ownership.votingAgreement')}
          checked={l.votingAgreement}
          onChecked={(v) => onPatch({ votingAgreement: v })}
        />
        <CheckboxField
          id={`${l.key}-public`}
          label={t('sme.check.isPublicBody')}
          checked={l.isPublicBody}
          onChecked={(v) => onPatch({ isPublicBody: v })}
          hint={t('sme.check.isPublicBodyHint')}
        />
      </div>
      <FigureRows
        rows={l.figures}
        onChange={(rows) => onPatch({ figures: rows })}
        problems={problems}
        show={submitted}
        idPrefix={l.key}
        legend={t('sme.check.linkFigures', { name: label })}
        minRows={0}
      />
      <button type="button" className="button button--small button--danger-ghost" onClick={onRemove}>
        {t('sme.check.removeLink')}
        <span className="visually-hidden"> {label}</span>
      </button>
    </fieldset>
  );
}
