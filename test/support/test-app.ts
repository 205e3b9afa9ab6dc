import type { TCapability } from '../../src/platform/capability';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { eq } from 'drizzle-orm';
import { buildApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import type { Database } from '../../src/platform/db/client';
import { user } from '../../src/platform/db/schema';
import type { TRole } from '../../src/contract/common';
import { cloneTestDatabase } from './test-db';

export const TEST_PUBLIC_URL = 'http://edihub.test';

export interface TestUser {
  id: string;
  email: string;
  cookie: string;
  role: TRole;
  /** A distinct client address, so per-address rate limits do not couple tests. */
  ip: string;
}

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  /** Sends a request, as `as` when given (cookie and client address). */
  request(opts: InjectOptions & { as?: TestUser | null }): Promise<LightMyRequestResponse>;
  /**
   * Signs up through the real auth endpoint, then sets the role directly. The user's e-mail is
   * marked verified unless `verified: false` is given (unverified accounts may only read and edit
   * their own account).
   */
  createUser(
    role: TRole,
    overrides?: { email?: string; name?: string; password?: string; verified?: boolean },
  ): Promise<TestUser>;
  signIn(email: string, password: string, ip?: string): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

let ipCounter = 1;
const nextIp = () => `10.77.${Math.floor(ipCounter / 250)}.${(ipCounter++ % 250) + 1}`;
export const TEST_PASSWORD = 'correct-horse-battery';

/** The app on a fresh database cloned from the migrated template. */
export async function createTestApp(
  opts: {
    clock?: () => Date;
    signInPerMinute?: number;
    capabilities?: readonly TCapability[];
    /** Further configuration, as environment variables (e.g. METRICS_TOKEN). */
    env?: Record<string, string>;
  } = {},
): Promise<TestApp> {
  const database = await cloneTestDatabase();
  const config = loadConfig({
    PUBLIC_URL: TEST_PUBLIC_URL,
    EDIHUB_DATA_DIR: '.tmp/unused',
    ...opts.env,
  } as NodeJS.ProcessEnv);
  const app = await buildApp({
    database,
    config,
    secret: 'test-secret-test-secret-test-secret-0123',
    clock: opts.clock,
    signInPerMinute: opts.signInPerMinute,
    capabilities: opts.capabilities,
  });
  let counter = 0;

  const request: TestApp['request'] = ({ as, headers, ...rest }) =>
    app.inject({
      ...rest,
      remoteAddress: as?.ip ?? '127.0.0.1',
      headers: { origin: TEST_PUBLIC_URL, ...(as ? { cookie: as.cookie } : {}), ...(headers ?? {}) },
    } as InjectOptions);

  const signIn: TestApp['signIn'] = (email, password, ip = nextIp()) =>
    app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      remoteAddress: ip,
      headers: { origin: TEST_PUBLIC_URL },
      payload: { email, password },
    });

  const createUser: TestApp['createUser'] = async (role, overrides = {}) => {
    const email = overrides.email ?? `${role}-${++counter}-${Math.random().toString(36).slice(2, 8)}@example.test`;
    const ip = nextIp();
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-up/email',
      remoteAddress: ip,
      headers: { origin: TEST_PUBLIC_URL },
      payload: { email, password: overrides.password ?? TEST_PASSWORD, name: overrides.name ?? `Test ${role}` },
    });
    if (res.statusCode !== 200) throw new Error(`sign-up failed: ${res.statusCode} ${res.body}`);
    // Sign-up answers every address alike and opens no session: look the account up, then sign in.
    const [row] = await database.db.select({ id: user.id }).from(user).where(eq(user.email, email.toLowerCase()));
    if (!row) throw new Error(`sign-up created no account for ${email}`);
    const id = row.id;
    await database.db
      .update(user)
      .set({ role, emailVerified: overrides.verified ?? true })
      .where(eq(user.id, id));
    const session = await signIn(email, overrides.password ?? TEST_PASSWORD, ip);
    if (session.statusCode !== 200)
      throw new Error(`sign-in after sign-up failed: ${session.statusCode} ${session.body}`);
    return { id, email, role, ip, cookie: cookieHeader(session) };
  };

  return {
    app,
    database,
    request,
    createUser,
    signIn,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/** The `cookie` request header that carries a response's Set-Cookie values. */
export function cookieHeader(res: LightMyRequestResponse): string {
  const raw = res.headers['set-cookie'];
  const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
  return list.map((c) => c.split(';')[0]).join('; ');
}
