import { describe, expect, it } from 'vitest';
import type { IncomingMessage } from 'node:http';
import { LOG_SERIALIZERS, pathOnly, requestId } from './logging';

describe('log serializers', () => {
  it('log the path without its query, and no client address', () => {
    const line = LOG_SERIALIZERS.req({
      id: 'r1',
      method: 'GET',
      url: '/api/v1/organisations?q=ivan%40example.bg',
      remoteAddress: '203.0.113.9',
    } as never);
    expect(line).toEqual({ id: 'r1', method: 'GET', url: '/api/v1/organisations' });
    expect(pathOnly('/reset-password?token=abc')).toBe('/reset-password');
  });

  it('cut the parameters of a failed query from errors', () => {
    const err = Object.assign(
      new Error('Failed query: select * from "user" where email = $1\nparams: ivan@example.bg'),
      {
        params: ['ivan@example.bg'],
      },
    );
    const out = LOG_SERIALIZERS.err(err);
    expect(JSON.stringify(out)).not.toContain('ivan@example.bg');
    expect(out.message).toContain('params: [omitted]');
  });

  it('keep a plain X-Request-Id and replace anything else', () => {
    const req = (v?: string) => ({ headers: v === undefined ? {} : { 'x-request-id': v } }) as IncomingMessage;
    expect(requestId(req('edge-42.a'))).toBe('edge-42.a');
    expect(requestId(req('bad id\nforged'))).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestId(req())).toMatch(/^[0-9a-f-]{36}$/);
  });
});
