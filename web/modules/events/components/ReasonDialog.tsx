/** The dialog asking staff's reason before rejecting a registration or moving it on the waiting list. */
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../../shared/components/Field';
import { FormDialog } from '../../requests/components/FormDialog';
import type { TReasonFor } from '../hooks/useRegistrationDesk';
import { EventError } from './EventError';

export function ReasonDialog({
  reasonFor,
  reason,
  onReason,
  busy,
  error,
  onSubmit,
  onCancel,
}: {
  reasonFor: TReasonFor;
  reason: string;
  onReason: (reason: string) => void;
  busy: boolean;
  error: unknown;
  onSubmit: (ev: FormEvent) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <FormDialog
      titleId="reason-dialog-title"
      title={
        reasonFor.kind === 'reject'
          ? t('events.registrations.rejectTitle')
          : t(`events.registrations.moveTitle.${reasonFor.direction}`)
      }
      onCancel={onCancel}
    >
      <form onSubmit={onSubmit}>
        <p>{reasonFor.registration.contactName}</p>
        <TextAreaField
          id="reason"
          label={t('events.registrations.reason')}
          value={reason}
          onValue={onReason}
          required
          rows={3}
          maxLength={2000}
        />
        <EventError error={error} />
        <div className="dialog__actions">
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('confirm.cancel')}
          </button>
          <button type="submit" className="button" disabled={busy || !reason.trim()}>
            {reasonFor.kind === 'reject' ? t('events.registrations.reject') : t('events.registrations.moveSubmit')}
          </button>
        </div>
      </form>
    </FormDialog>
  );
}
