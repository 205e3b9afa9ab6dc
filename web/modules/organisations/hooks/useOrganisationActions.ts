/** The organisation page's own actions, each after a confirmation: marking it a partner (or not) and deleting it. */
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TOrganisationDetail } from '../../../../src/contract/organisations';
import { useConfirm } from '../../../shared/components/ConfirmDialog';
import { useAction } from '../../../shared/hooks/use-action';
import { deleteOrganisation, setPartner } from '../api';

export function useOrganisationActions(
  org: TOrganisationDetail,
  name: string,
  onChange: (d: TOrganisationDetail) => void,
) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const confirm = useConfirm();
  const action = useAction();

  const togglePartner = async () => {
    const next = !org.isPartner;
    const ok = await confirm(
      next
        ? t('organisations.detail.confirmPartnerOn', { name })
        : t('organisations.detail.confirmPartnerOff', { name }),
      {
        confirmLabel: next ? t('organisations.detail.partnerOn') : t('organisations.detail.partnerOff'),
        danger: !next,
      },
    );
    if (!ok) return;
    const d = await action.run(() => setPartner(org.id, next));
    if (d) onChange(d);
  };

  const remove = async () => {
    if (!(await confirm(t('organisations.detail.confirmDelete', { name }), { confirmLabel: t('common.delete') })))
      return;
    const done = await action.run(async () => {
      await deleteOrganisation(org.id);
      return true;
    });
    if (done) navigate('/organisations');
  };

  return { action, togglePartner, remove };
}
