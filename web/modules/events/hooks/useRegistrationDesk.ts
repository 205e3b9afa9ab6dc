/**
 * Staff's work on an event's registrations: the list (reloaded after each change), approve, cancel (asked first),
 * and the decisions that need a reason — rejecting, moving on the waiting list — held until the reason is given.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfirm } from '../../../shared/components/ConfirmDialog';
import { useAction } from '../../../shared/hooks/use-action';
import { useApi } from '../../../shared/hooks/use-api';
import {
  approveRegistration,
  cancelRegistration,
  registrationsPath,
  rejectRegistration,
  reorderWaitlist,
} from '../api';
import type { TEvent, TRegistration } from '../../../../src/contract/events';

/** A pending decision that needs a reason: rejecting, or moving someone on the waiting list. */
export type TReasonFor =
  | { kind: 'reject'; registration: TRegistration }
  | { kind: 'move'; registration: TRegistration; before: string | null; direction: 'up' | 'down' };

export function useRegistrationDesk(e: TEvent) {
  const { t } = useTranslation();
  const confirm = useConfirm();
  const { data, error, loading, reload } = useApi<{ items: TRegistration[] }>(registrationsPath(e.id));
  const action = useAction();
  const [reasonFor, setReasonFor] = useState<TReasonFor | null>(null);
  const [reason, setReason] = useState('');

  const after = async (fn: () => Promise<unknown>) => {
    const ok = await action.run(fn);
    if (ok !== undefined) reload();
    return ok !== undefined;
  };

  const onReason = async (ev: FormEvent) => {
    ev.preventDefault();
    if (!reasonFor || !reason.trim()) return;
    const r = reasonFor;
    const done = await after(() =>
      r.kind === 'reject'
        ? rejectRegistration(r.registration.id, reason.trim())
        : reorderWaitlist(e.id, r.registration.id, r.before, reason.trim()),
    );
    if (done) {
      setReasonFor(null);
      setReason('');
    }
  };

  const approve = (r: TRegistration) => void after(() => approveRegistration(r.id));
  const cancel = (r: TRegistration) =>
    void confirm(t('events.registrations.cancelConfirm', { name: r.contactName }), {
      confirmLabel: t('events.registration.actions.cancel'),
    }).then((ok) => ok && after(() => cancelRegistration(r.id)));

  return {
    data,
    error,
    loading,
    reload,
    action,
    reasonFor,
    setReasonFor,
    reason,
    setReason,
    onReason,
    approve,
    cancel,
  };
}
