import type { TNavFor } from '../../app/nav';

export const nav: TNavFor = (_me, t) => [{ slot: 'top', order: 40, to: '/facilities', label: t('facilities.nav') }];
