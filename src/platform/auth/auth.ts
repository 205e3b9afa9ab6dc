import { betterAuth } from 'better-auth';
import { APIError, createAuthMiddleware } from 'better-auth/api';
import { eq } from 'drizzle-orm';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import type { Db } from '../db/client';
import * as schema from '../db/schema';
import type { TMailComposer } from '../mail/compose';
import { enqueueMail } from '../mail/outbox';
import { LIMITS } from '../../contract/common';
import { isCommonPassword } from './common-passwords';

/** The header our HTTP bridge sets from Fastify's resolved client IP (never trusted from the client). */
export const CLIENT_IP_HEADER = 'x-edihub-client-ip';

export interface AuthOptions {
  db: Db;
  secret: string;
  publicUrl: string;
  /** Origins allowed to call the auth endpoints with cookies (default: publicUrl); see src/platform/http/origins.ts. */
  trustedOrigins?: readonly string[];
  compose: TMailComposer;
  /** Sign-in attempts per minute per client address. */
  signInPerMinute?: number;
}

/** The endpoints that set a password, and the body field that carries it. */
const PASSWORD_FIELDS: Record<string, 'password' | 'newPassword'> = {
  '/sign-up/email': 'password',
  '/reset-password': 'newPassword',
  '/change-password': 'newPassword',
  '/set-password': 'newPassword',
};

/** Accounts, sessions, password hashing, verification and reset: better-auth, on our database. */
export function createAuth(opts: AuthOptions) {
  const { db, compose } = opts;
  return betterAuth({
    appName: 'EDIHub',
    secret: opts.secret,
    baseURL: opts.publicUrl,
    basePath: '/api/auth',
    trustedOrigins: opts.trustedOrigins ? [...opts.trustedOrigins] : [opts.publicUrl],
    database: drizzleAdapter(db, {
      provider: 'pg',
      schema: {
        user: schema.user,
        session: schema.session,
        account: schema.account,
        verification: schema.verification,
        rateLimit: schema.rateLimit,
      },
    }),
    user: {
      additionalFields: {
        role: { type: 'string', required: false, defaultValue: 'member', input: false },
        locale: { type: 'string', required: false, defaultValue: 'bg', input: true },
      },
    },
    emailAndPassword: {
      enabled: true,
      // Sign-up never signs in: a new and an existing address get the same answer (no session, a synthetic user),
      // so the form cannot tell whether an e-mail has an account. The new account signs in by the e-mailed link or
      // with its password; the existing owner is told by mail.
      autoSignIn: false,
      onExistingUserSignUp: async ({ user }) => {
        const locale = (user as { locale?: string }).locale ?? 'bg';
        await enqueueMail(
          db,
          compose('sign_up_existing', locale, {
            to: user.email,
            name: user.name,
            url: new URL('/sign-in', opts.publicUrl).toString(),
            links: [{ key: 'reset', url: new URL('/forgot-password', opts.publicUrl).toString() }],
          }),
        );
      },
      minPasswordLength: LIMITS.passwordMin,
      maxPasswordLength: LIMITS.passwordMax,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async ({ user, url }) => {
        const locale = (user as { locale?: string }).locale ?? 'bg';
        await enqueueMail(db, compose('password_reset', locale, { to: user.email, name: user.name, url }));
      },
    },
    emailVerification: {
      sendOnSignUp: true,
      autoSignInAfterVerification: true,
      sendVerificationEmail: async ({ user, url }) => {
        const locale = (user as { locale?: string }).locale ?? 'bg';
        await enqueueMail(db, compose('verify_email', locale, { to: user.email, name: user.name, url }));
      },
    },
    databaseHooks: {
      session: {
        create: {
          // A deactivated account cannot start a session (its existing ones were deleted when it was deactivated).
          before: async (s) => {
            const [u] = await db
              .select({ at: schema.user.deactivatedAt })
              .from(schema.user)
              .where(eq(schema.user.id, s.userId));
            if (u?.at)
              throw new APIError('FORBIDDEN', { message: 'This account is deactivated', code: 'ACCOUNT_DEACTIVATED' });
          },
        },
      },
    },
    session: {
      expiresIn: 60 * 60 * 24 * 14,
      updateAge: 60 * 60 * 24,
    },
    rateLimit: {
      enabled: true,
      storage: 'database',
      modelName: 'rateLimit',
      window: 60,
      max: 300,
      customRules: {
        '/sign-in/email': { window: 60, max: opts.signInPerMinute ?? 10 },
        '/sign-up/email': { window: 60, max: 10 },
        '/request-password-reset': { window: 60, max: 5 },
      },
    },
    advanced: {
      useSecureCookies: opts.publicUrl.startsWith('https://'),
      // better-auth skips its Origin check when NODE_ENV=test; the tests must see what production does.
      disableOriginCheck: false,
      cookiePrefix: 'edihub',
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
    },
    hooks: {
      // The most common passwords are refused wherever a password is set (400 password_too_common).
      before: createAuthMiddleware(async (ctx) => {
        const field = PASSWORD_FIELDS[ctx.path];
        const value = field ? (ctx.body as Record<string, unknown> | undefined)?.[field] : undefined;
        if (typeof value === 'string' && isCommonPassword(value)) {
          throw new APIError('BAD_REQUEST', {
            code: 'password_too_common',
            message: 'This password is one of the most common ones; choose another',
          });
        }
      }),
    },
    telemetry: { enabled: false },
  });
}

export type TAuth = ReturnType<typeof createAuth>;
