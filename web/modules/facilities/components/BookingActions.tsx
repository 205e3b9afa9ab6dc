/** Cancel, approve, reject and "record as delivery" for one booking, offered only where the server allows them. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfirm } from '../../../shared/components/ConfirmDialog';
import { TextAreaField } from '../../../shared/components/Field';
import { FormErrors } from '../../../shared/components/Status';
import { useAction } from '../../../shared/hooks/use-action';
import { FormDialog } from '../../requests/components/FormDialog';
import { approveBooking, cancelBooking, recordBookingDelivery, rejectBooking } from '../api';
import { facilityErrorText } from '../errors';
import type { TBooking } from '../../../../src/contract/facilities';

export type TBookingActionKind = 'cancel' | 'approve' | 'record';

export function BookingActions({
  booking: b,
  kinds,
  onChange,
}: {
  booking: TBooking;
  kinds: TBookingActionKind[];
  onChange: (b: TBooking) => void;
}) {
  const { t } = useTranslation();
  const confirm = useConfirm();
  const action = useAction();
  const [rejecting, setRejecting] = useState(false);
  const ended = Date.parse(b.endsAt) <= Date.now();
  const done = (result: TBooking | undefined) => {
    if (result) onChange(result);
  };
  const offer = {
    cancel: kinds.includes('cancel') && b.abilities.cancel,
    approve: kinds.includes('approve') && b.abilities.approve && b.status === 'pending',
    record: kinds.includes('record') && b.abilities.record && b.status === 'confirmed' && ended && !b.deliveryId,
  };
  if (!offer.cancel && !offer.approve && !offer.record) return null;
  return (
    <div className="booking-actions">
      {offer.approve ? (
        <>
          <button
            type="button"
            className="button button--small"
            disabled={action.busy}
            onClick={() => void action.run(() => approveBooking(b.id)).then(done)}
          >
            {t('facilities.actions.approve')}
          </button>
          <button
            type="button"
            className="button button--small button--secondary"
            disabled={action.busy}
            onClick={() => setRejecting(true)}
          >
            {t('facilities.actions.reject')}
          </button>
        </>
      ) : null}
      {offer.record ? (
        <button
          type="button"
          className="button button--small"
          disabled={action.busy}
          onClick={() => void action.run(() => recordBookingDelivery(b.id)).then(done)}
        >
          {t('facilities.actions.record')}
        </button>
      ) : null}
      {offer.cancel ? (
        <button
          type="button"
          className="button button--small button--secondary"
          disabled={action.busy}
          onClick={async () => {
            if (
              await confirm(t('facilities.actions.cancelConfirm'), { confirmLabel: t('facilities.actions.cancel') })
            ) {
              done(await action.run(() => cancelBooking(b.id)));
            }
          }}
        >
          {t('facilities.actions.cancel')}
        </button>
      ) : null}
      {action.error && !rejecting ? <FormErrors messages={[facilityErrorText(t, action.error)]} /> : null}
      {rejecting ? (
        <RejectDialog
          busy={action.busy}
          error={action.error ? facilityErrorText(t, action.error) : null}
          onCancel={() => {
            action.clear();
            setRejecting(false);
          }}
          onSubmit={async (reason) => {
            const result = await action.run(() => rejectBooking(b.id, reason));
            if (result) {
              setRejecting(false);
              onChange(result);
            }
          }}
        />
      ) : null}
    </div>
  );
}

function RejectDialog({
  busy,
  error,
  onCancel,
  onSubmit,
}: {
  busy: boolean;
  error: string | null;
  onCancel: () => void;
  onSubmit: (reason: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (reason.trim().length < 3) {
      setMissing(true);
      return;
    }
    void onSubmit(reason.trim());
  };
  return (
    <FormDialog titleId="booking-reject-title" title={t('facilities.actions.rejectTitle')} onCancel={onCancel}>
      <form onSubmit={submit} noValidate>
        <FormErrors messages={error ? [error] : []} />
        <TextAreaField
          id="booking-reject-reason"
          label={t('facilities.actions.reason')}
          value={reason}
          onValue={setReason}
          error={missing ? t('facilities.actions.reasonRequired') : null}
          required
          rows={3}
        />
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {t('facilities.actions.reject')}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </FormDialog>
  );
}
