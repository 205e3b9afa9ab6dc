/** Operating the app: readiness, metrics (and who may read them), request ids. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../support/test-app';
import { enqueueJob } from '../../../src/platform/jobs/queue';
import { rowsOf } from '../../../src/platform/db/sql-helpers';

const TOKEN = 'metrics-token-0123456789';
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ env: { METRICS_TOKEN: TOKEN } });
});
afterAll(async () => {
  await t.close();
});

describe('readiness', () => {
  it('is ready when the database answers and every migration is applied', async () => {
    const res = await t.request({ method: 'GET', url: '/api/ready' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.status).toBe('ready');
    expect(body.migrations.applied).toBe(body.migrations.expected);
    expect(body.migrations.expected).toBeGreaterThanOrEqual(15);
  });

  it('is not ready (503, with the counts) when the database is behind the code', async () => {
    const [last] = rowsOf<{ id: number; hash: string; created_at: string }>(
      await t.database.db.execute(
        sql`SELECT id, hash, created_at FROM drizzle.__drizzle_migrations ORDER BY id DESC LIMIT 1`,
      ),
    );
    await t.database.db.execute(sql`DELETE FROM drizzle.__drizzle_migrations WHERE id = ${last!.id}`);
    try {
      const res = await t.request({ method: 'GET', url: '/api/ready' });
      expect(res.statusCode).toBe(503);
      expect(res.json().error.code).toBe('not_ready');
      expect(res.json().error.details.applied).toBe(res.json().error.details.expected - 1);
    } finally {
      await t.database.db.execute(
        sql`INSERT INTO drizzle.__drizzle_migrations (id, hash, created_at) VALUES (${last!.id}, ${last!.hash}, ${last!.created_at})`,
      );
    }
  });
});

describe('metrics', () => {
  it('serves Prometheus text with request durations per route pattern, queue depth and the outbox', async () => {
    await t.request({ method: 'GET', url: '/api/health' });
    await t.request({ method: 'GET', url: '/api/v1/organisations/00000000-0000-4000-8000-000000000000' });
    await enqueueJob(t.database.db, 'test.metrics');
    const res = await t.request({ method: 'GET', url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.body).toMatch(
      /edihub_http_request_duration_seconds_count\{method="GET",route="\/api\/health",status="200"\} \d+/,
    );
    expect(res.body).toContain('route="/api/v1/organisations/:id"');
    expect(res.body).not.toContain('00000000-0000-4000-8000-000000000000');
    expect(res.body).toMatch(/edihub_jobs\{queue="test.metrics",state="queued"\} 1/);
    expect(res.body).toContain('edihub_mail_outbox');
    expect(res.body).toContain('edihub_process_resident_memory_bytes');
  });

  it('refuses other addresses without the token, and accepts the token from anywhere', async () => {
    const outside = await t.app.inject({ method: 'GET', url: '/metrics', remoteAddress: '203.0.113.7' });
    expect(outside.statusCode).toBe(401);
    expect(outside.json().error.code).toBe('unauthenticated');
    const wrong = await t.app.inject({
      method: 'GET',
      url: '/metrics',
      remoteAddress: '203.0.113.7',
      headers: { authorization: 'Bearer metrics-token-wrong-wrong' },
    });
    expect(wrong.statusCode).toBe(401);
    const withToken = await t.app.inject({
      method: 'GET',
      url: '/metrics',
      remoteAddress: '203.0.113.7',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(withToken.statusCode).toBe(200);
  });
});

describe('request ids', () => {
  it('answers every request with its id, keeping a plain one the caller sent', async () => {
    const own = await t.request({ method: 'GET', url: '/api/health' });
    expect(own.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const given = await t.request({ method: 'GET', url: '/api/health', headers: { 'x-request-id': 'lb-7f3a' } });
    expect(given.headers['x-request-id']).toBe('lb-7f3a');
  });
});
