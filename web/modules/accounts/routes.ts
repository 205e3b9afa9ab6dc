/** The pages of this capability, with the loader (if any) the server runs before rendering them. */
import './styles.css';
import type { TRouteDef } from '../../app/route-types';
import { SignUpPage } from './pages/SignUpPage';
import { SignInPage } from './pages/SignInPage';
import { ForgotPasswordPage } from './pages/ForgotPasswordPage';
import { ResetPasswordPage } from './pages/ResetPasswordPage';
import { AdminUsersPage } from './pages/AdminUsersPage';
import { AdminAuditPage } from './pages/AdminAuditPage';
import { AdminOutboxPage } from './pages/AdminOutboxPage';
import { AdminJobsPage } from './pages/AdminJobsPage';
import { AccountPage } from './pages/AccountPage';
import { AcceptInvitationPage } from './pages/AcceptInvitationPage';
import { StartPage } from './pages/StartPage';

export const routes: TRouteDef[] = [
  { path: '/sign-up', component: SignUpPage },
  { path: '/sign-in', component: SignInPage },
  { path: '/forgot-password', component: ForgotPasswordPage },
  { path: '/reset-password', component: ResetPasswordPage },
  { path: '/admin/users', component: AdminUsersPage },
  { path: '/admin/audit', component: AdminAuditPage },
  { path: '/admin/outbox', component: AdminOutboxPage },
  { path: '/admin/jobs', component: AdminJobsPage },
  { path: '/account', component: AccountPage },
  { path: '/invitation', component: AcceptInvitationPage },
  { path: '/start', component: StartPage },
];
