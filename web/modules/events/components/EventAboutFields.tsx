/** The event form's first section: type and visibility, organiser, the texts in both languages, slug and tags. */
import { useTranslation } from 'react-i18next';
import { SelectField, TextAreaField, TextField } from '../../../shared/components/Field';
import { useApi } from '../../../shared/hooks/use-api';
import { orgName } from '../../../shared/lib/format';
import { useSession } from '../../../shared/session/session';
import type { THub } from '../../../../src/contract/hub/schemas';
import { EVENT_TYPES, EVENT_VISIBILITIES } from '../../../../src/contract/events';
import { isInternalOnlyType } from '../../../../src/domain/events/visibility';
import type { TEventDraft } from '../form-model';
import type { TDraftSection } from '../hooks/useEventForm';

export function EventAboutFields({
  d,
  set,
  setType,
  err,
  isNew,
}: TDraftSection & { setType: (type: TEventDraft['type']) => void; isNew: boolean }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  // The organiser is one of the consortium's partners (the hub's public profile lists them).
  const hub = useApi<THub>('/api/v1/hub');
  return (
    <fieldset>
      <legend>{t('events.form.about')}</legend>
      <div className="form-grid">
        <SelectField
          id="type"
          label={t('events.form.type')}
          value={d.type}
          onValue={(v) => setType(v as TEventDraft['type'])}
          options={EVENT_TYPES.map((v) => ({ value: v, label: t(`events.types.${v}`) }))}
        />
        <SelectField
          id="visibility"
          label={t('events.form.visibility')}
          hint={isInternalOnlyType(d.type) ? t('events.form.visibilityInternalOnly') : undefined}
          value={d.visibility}
          onValue={(v) => set({ visibility: v as TEventDraft['visibility'] })}
          options={EVENT_VISIBILITIES.map((v) => ({ value: v, label: t(`events.visibility.${v}`) }))}
          disabled={isInternalOnlyType(d.type)}
          error={err('visibility')}
        />
      </div>
      <SelectField
        id="organiserId"
        label={t('events.form.organiser')}
        hint={t('events.form.organiserHint')}
        value={d.organiserId}
        onValue={(v) => set({ organiserId: v })}
        placeholder={t('events.form.noOrganiser')}
        options={(hub.data?.partners ?? []).map((p) => ({ value: p.id, label: orgName(p, locale) }))}
        error={err('organiserId')}
      />
      <TextField
        id="titleBg"
        lang="bg"
        label={t('events.form.titleBg')}
        value={d.titleBg}
        onValue={(v) => set({ titleBg: v })}
        error={err('titleBg')}
        required
        maxLength={200}
      />
      <TextField
        id="titleEn"
        lang="en"
        label={t('events.form.titleEn')}
        value={d.titleEn}
        onValue={(v) => set({ titleEn: v })}
        error={err('titleEn')}
        required
        maxLength={200}
      />
      <TextField
        id="slug"
        label={t('events.form.slug')}
        hint={isNew ? t('events.form.slugHintNew') : t('events.form.slugHint')}
        value={d.slug}
        onValue={(v) => set({ slug: v })}
        error={err('slug')}
        maxLength={80}
      />
      <TextAreaField
        id="descriptionBg"
        lang="bg"
        label={t('events.form.descriptionBg')}
        value={d.descriptionBg}
        onValue={(v) => set({ descriptionBg: v })}
        rows={5}
      />
      <TextAreaField
        id="descriptionEn"
        lang="en"
        label={t('events.form.descriptionEn')}
        value={d.descriptionEn}
        onValue={(v) => set({ descriptionEn: v })}
        rows={5}
      />
      <TextField
        id="tags"
        label={t('events.form.tags')}
        hint={t('events.form.tagsHint')}
        value={d.tags}
        onValue={(v) => set({ tags: v })}
      />
    </fieldset>
  );
}
