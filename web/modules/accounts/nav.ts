import type { TNavFor } from '../../app/nav';

export const nav: TNavFor = (me, t) => [
  ...(me.abilities.start?.read ? [{ slot: 'top' as const, order: 10, to: '/start', label: t('start.nav') }] : []),
  ...(me.abilities.admin.users
    ? [{ slot: 'admin' as const, order: 10, to: '/admin/users', label: t('nav.adminUsers') }]
    : []),
  ...(me.abilities.admin.audit
    ? [{ slot: 'admin' as const, order: 20, to: '/admin/audit', label: t('nav.adminAudit') }]
    : []),
  ...(me.abilities.admin.outbox
    ? [{ slot: 'admin' as const, order: 30, to: '/admin/outbox', label: t('nav.adminOutbox') }]
    : []),
  ...(me.abilities.admin.jobs
    ? [{ slot: 'admin' as const, order: 40, to: '/admin/jobs', label: t('admin.jobs.nav') }]
    : []),
];
