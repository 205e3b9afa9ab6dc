import type { TNavFor } from '../../app/nav';

export const nav: TNavFor = (_me, t) => [{ slot: 'top', order: 20, to: '/services', label: t('services.nav') }];
