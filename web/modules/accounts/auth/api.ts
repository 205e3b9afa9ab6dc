/** better-auth endpoints (mounted at /api/auth); their error bodies are `{code, message}`. */
import { api } from '../../../shared/lib/api';
import type { TLocale } from '../../../../src/contract/common';

/** The verification link signs the new account in and lands on `callbackURL`. */
export const signUp = (body: {
  name: string;
  email: string;
  password: string;
  locale: TLocale;
  callbackURL?: string;
}) => api<unknown>('POST', '/api/auth/sign-up/email', body);

export const signIn = (body: { email: string; password: string; rememberMe?: boolean }) =>
  api<unknown>('POST', '/api/auth/sign-in/email', body);

export const requestPasswordReset = (email: string) =>
  api<unknown>('POST', '/api/auth/request-password-reset', { email, redirectTo: '/reset-password' });

export const resetPassword = (newPassword: string, token: string) =>
  api<unknown>('POST', '/api/auth/reset-password', { newPassword, token });

/** A new verification link for the signed-in person's address; it lands on `callbackURL`, signed in and verified. */
export const sendVerificationEmail = (email: string, callbackURL = '/') =>
  api<unknown>('POST', '/api/auth/send-verification-email', { email, callbackURL });
