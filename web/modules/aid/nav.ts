import type { TNavFor } from '../../app/nav';

export const nav: TNavFor = (me, t) =>
  me.abilities.aid.ledger ? [{ slot: 'work', order: 50, to: '/aid', label: t('aid.nav') }] : [];
