import type { TNavFor } from '../../app/nav';

export const nav: TNavFor = (_me, t) => [{ slot: 'top', order: 0, to: '/', label: t('nav.home'), end: true }];
