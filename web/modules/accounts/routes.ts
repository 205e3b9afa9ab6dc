/** The pages of this capability, with the loader (if any) the server runs before rendering them. */
import './styles.css';
import type { TRouteDef } from '../../app/route-types';
import { lazyPage } from '../../app/lazy-page';

export const routes: TRouteDef[] = [
  { path: '/sign-up', ...lazyPage(() => import('./pages/SignUpPage'), 'SignUpPage') },
  { path: '/sign-in', ...lazyPage(() => import('./pages/SignInPage'), 'SignInPage') },
  { path: '/forgot-password', ...lazyPage(() => import('./pages/ForgotPasswordPage'), 'ForgotPasswordPage') },
  { path: '/reset-password', ...lazyPage(() => import('./pages/ResetPasswordPage'), 'ResetPasswordPage') },
  { path: '/admin/users', ...lazyPage(() => import('./pages/AdminUsersPage'), 'AdminUsersPage') },
  { path: '/admin/audit', ...lazyPage(() => import('./pages/AdminAuditPage'), 'AdminAuditPage') },
  { path: '/admin/outbox', ...lazyPage(() => import('./pages/AdminOutboxPage'), 'AdminOutboxPage') },
  { path: '/admin/jobs', ...lazyPage(() => import('./pages/AdminJobsPage'), 'AdminJobsPage') },
  { path: '/account', ...lazyPage(() => import('./pages/AccountPage'), 'AccountPage') },
  { path: '/invitation', ...lazyPage(() => import('./pages/AcceptInvitationPage'), 'AcceptInvitationPage') },
  { path: '/start', ...lazyPage(() => import('./pages/StartPage'), 'StartPage') },
];
