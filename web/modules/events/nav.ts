import type { TNavFor } from '../../app/nav';

export const nav: TNavFor = (_me, t) => [
  { slot: 'top', order: 30, to: '/events', label: t('events.nav') },
  { slot: 'top', order: 50, to: '/calendar', label: t('calendar.nav') },
];
