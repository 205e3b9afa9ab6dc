import type { TNavFor } from '../../app/nav';
import { mayListRequests } from './access';

export const nav: TNavFor = (me, t) => [
  // `end`: the board has its own entry; both would otherwise be marked current there.
  ...(mayListRequests(me)
    ? [{ slot: 'work' as const, order: 20, to: '/requests', label: t('requests.nav'), end: true }]
    : []),
  ...(me.abilities.requests.board
    ? [{ slot: 'work' as const, order: 30, to: '/requests/board', label: t('requests.navBoard') }]
    : []),
];
