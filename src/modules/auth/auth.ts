import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import type { Db } from '../../db/client';
import * as schema from '../../db/schema';
import type { TMailComposer } from '../../mail/compose';
import { enqueueMail } from '../../mail/outbox';
import { LIMITS } from '../../shared/enums';

/** The header our HTTP bridge sets from Fastify's resolved client IP (never trusted from the client). */
export const CLIENT_IP_HEADER = 'x-edihub-client-ip';

export interface AuthOptions {
  db: Db;
  secret: string;
  publicUrl: string;
  /** Origins allowed to call the auth endpoints with cookies (default: publicUrl); see src/http/origins.ts. */
  trustedOrigins?: readonly string[];
  compose: TMailComposer;
  /** Sign-in attempts per minute per client address. */
  signInPerMinute?: number;
}

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
    telemetry: { enabled: false },
  });
}

export type TAuth = ReturnType<typeof createAuth>;
