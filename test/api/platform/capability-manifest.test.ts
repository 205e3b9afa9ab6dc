/**
 * A capability is a manifest: this suite adds a trial one to the real list and checks that its route, bound
 * policy, error code and abilities are served, with no shared file changed — the claim docs/ARCHITECTURE.md makes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createTestApp, type TestApp, type TestUser } from '../../support/test-app';
import { CAPABILITIES } from '../../../src/capabilities';
import { assertDistinct, type TCapability } from '../../../src/platform/capability';
import type { TModuleOptions } from '../../../src/platform/http/context';
import { defineRoute } from '../../../src/platform/http/define-route';
import { definePolicy } from '../../../src/platform/http/policy';
import { AppError, type TErrorCode } from '../../../src/platform/errors';

const trialPolicy = definePolicy('trial', {
  read: (a) => !!a,
  refuse: () => true,
});

const trialRoutes: FastifyPluginAsyncZod<TModuleOptions> = async (app) => {
  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/trial',
    schema: { response: { 200: z.object({ greeting: z.string() }) } },
    policy: trialPolicy.read,
    handle: ({ actor }) => ({ greeting: `hello ${actor.name}` }),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/trial/refusal',
    schema: {},
    policy: trialPolicy.refuse,
    anonymous: true,
    handle: () => {
      throw new AppError('trial_refused' as TErrorCode, 'The trial says no');
    },
  });
};

const trial: TCapability = {
  name: 'trial',
  routes: [trialRoutes],
  errorStatus: { trial_refused: 418 },
  abilities: {
    shape: { trial: { read: true } },
    of: (a) => ({ trial: { read: trialPolicy.read(a) } }),
  },
};

let t: TestApp;
let member: TestUser;

beforeAll(async () => {
  t = await createTestApp({ capabilities: [...CAPABILITIES, trial] });
  member = await t.createUser('member', { email: 'trial@example.test', name: 'Trial Member' });
});
afterAll(async () => t?.close());

describe('a capability added by its manifest alone', () => {
  it('serves its route behind its bound rule, named in the route table', async () => {
    expect((await t.request({ method: 'GET', url: '/api/v1/trial' })).statusCode).toBe(401);
    const res = await t.request({ method: 'GET', url: '/api/v1/trial', as: member });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ greeting: 'hello Trial Member' });
    expect(t.app.routeTable).toContainEqual({ method: 'GET', url: '/api/v1/trial', policy: 'trial.read' });
  });

  it('maps its own error code to the status its manifest gives', async () => {
    const res = await t.request({ method: 'POST', url: '/api/v1/trial/refusal', payload: {} });
    expect(res.statusCode).toBe(418);
    expect(res.json().error.code).toBe('trial_refused');
  });

  it('adds its abilities to /api/v1/me beside everyone else’s', async () => {
    const me = (await t.request({ method: 'GET', url: '/api/v1/me', as: member })).json();
    expect(me.abilities.trial).toEqual({ read: true });
    expect(me.abilities.services).toEqual({ manage: false });
    const anonymous = (await t.request({ method: 'GET', url: '/api/v1/me' })).json();
    expect(anonymous.abilities.trial).toEqual({ read: false });
  });

  it('is refused when it claims a name, error code or ability another capability owns', () => {
    expect(() => assertDistinct([...CAPABILITIES, { ...trial, errorStatus: { slot_taken: 409 } }])).toThrow(
      /slot_taken/,
    );
    expect(() =>
      assertDistinct([...CAPABILITIES, { ...trial, abilities: { ...trial.abilities!, shape: { services: true } } }]),
    ).toThrow(/services/);
    expect(() => assertDistinct([...CAPABILITIES, trial, trial])).toThrow(/trial/);
  });

  it('binds a named rule on every route of every capability (no labels, no unguarded route)', () => {
    const rules = [...new Set(t.app.routeTable.map((r) => r.policy))];
    expect(rules.length).toBeGreaterThan(50);
    // Each policy is named after its module: `<module>.<rule>`; the module is a capability, one of its parts, or the platform.
    for (const rule of rules) expect(rule, rule).toMatch(/^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/);
    expect(rules.filter((r) => r.startsWith('platform.')).sort()).toEqual(['platform.metrics', 'platform.public']);
  });

  it('refuses to build an app with a route whose policy is a label, not a bound rule', async () => {
    const labelled: TCapability = {
      name: 'labelled',
      routes: [
        async (app) => {
          app.get('/api/v1/labelled', { config: { policy: 'labelled.read' as never } }, async () => ({}));
        },
      ],
    };
    await expect(createTestApp({ capabilities: [...CAPABILITIES, labelled] })).rejects.toThrow(
      /binds no named policy rule/,
    );
  });
});
