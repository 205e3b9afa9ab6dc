/**
 * Prometheus metrics at /metrics (prom-client): request durations per route, the database pool, the job queue and
 * the mail outbox. Only for configured addresses (METRICS_ALLOW, default loopback) or a bearer token
 * (METRICS_TOKEN). Queue and outbox figures are read from the database at scrape time, so every process reports the
 * same shared truth and no counter is lost when a process restarts.
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import client from 'prom-client';
import type { Database } from '../db/client';
import type { TConfig } from '../../config';
import { jobCounts } from '../jobs/queue';
import { outboxCounts } from '../mail/outbox';
import { defineRoute } from './define-route';
import { platformPolicy } from './policy';

function tokenMatches(header: string | undefined, token: string | undefined): boolean {
  if (!token || !header?.startsWith('Bearer ')) return false;
  const given = Buffer.from(header.slice(7));
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function registerMetrics(app: FastifyInstance, database: Database, config: TConfig): void {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, prefix: 'edihub_' });

  const duration = new client.Histogram({
    name: 'edihub_http_request_duration_seconds',
    help: 'HTTP request duration by route pattern, method and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  app.addHook('onResponse', async (request, reply) => {
    // The route's pattern (/api/v1/organisations/:id), never the concrete URL: bounded labels, no personal data.
    const route = request.routeOptions.url ?? 'unmatched';
    duration.observe({ method: request.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });

  const pool = database.pool;
  new client.Gauge({
    name: 'edihub_db_pool_connections',
    help: 'PostgreSQL pool connections by state (embedded database: none)',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      if (!pool) return;
      this.set({ state: 'total' }, pool.totalCount);
      this.set({ state: 'idle' }, pool.idleCount);
      this.set({ state: 'waiting' }, pool.waitingCount);
    },
  });
  new client.Gauge({
    name: 'edihub_jobs',
    help: 'Jobs in the queue by queue and state',
    labelNames: ['queue', 'state'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const c of await jobCounts(database.db)) this.set({ queue: c.queue, state: c.state }, c.count);
    },
  });
  new client.Gauge({
    name: 'edihub_mail_outbox',
    help: 'Mail in the outbox by status (pending, sent, failed)',
    labelNames: ['status'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const [status, n] of Object.entries(await outboxCounts(database.db))) this.set({ status }, n);
    },
  });

  const allowed = new Set(config.METRICS_ALLOW);
  defineRoute(app, {
    method: 'GET',
    url: '/metrics',
    schema: { hide: true },
    load: (request) => ({
      allowed: allowed.has(request.ip) || tokenMatches(request.headers.authorization, config.METRICS_TOKEN),
    }),
    policy: platformPolicy.metrics,
    anonymous: true,
    handle: async ({ reply }) => {
      reply.header('content-type', registry.contentType);
      return registry.metrics();
    },
  });
}
