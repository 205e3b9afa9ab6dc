import type { FastifyInstance } from 'fastify';
import { CLIENT_IP_HEADER, type TAuth } from '../modules/auth/auth';
import { toWebHeaders } from './web-headers';

/** Mounts better-auth's web handler on Fastify at /api/auth/*. */
export function registerAuthBridge(app: FastifyInstance, auth: TAuth, publicUrl: string): void {
  app.route({
    method: ['GET', 'POST'],
    url: '/api/auth/*',
    config: { policy: 'public' },
    schema: { hide: true },
    handler: async (request, reply) => {
      const headers = toWebHeaders(request.headers, [CLIENT_IP_HEADER]);
      // The client address as Fastify resolved it (trustProxy decides), never a client-supplied header.
      headers.set(CLIENT_IP_HEADER, request.ip);
      const url = new URL(request.url, publicUrl);
      const hasBody = request.method !== 'GET' && request.body !== undefined && request.body !== null;
      const response = await auth.handler(
        new Request(url, { method: request.method, headers, body: hasBody ? JSON.stringify(request.body) : undefined }),
      );
      reply.status(response.status);
      response.headers.forEach((value, key) => {
        if (key !== 'set-cookie') reply.header(key, value);
      });
      const cookies = response.headers.getSetCookie();
      if (cookies.length) reply.header('set-cookie', cookies);
      const text = await response.text();
      return reply.send(text.length ? text : null);
    },
  });
}
