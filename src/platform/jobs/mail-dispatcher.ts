import type { FastifyBaseLogger } from 'fastify';
import type { Transporter } from 'nodemailer';
import type { Db } from '../db/client';
import { dispatchMail } from '../mail/outbox';

/** Sends the outbox every few seconds; returns a stop function. Safe to run in every app process. */
export function startMailDispatcher(
  db: Db,
  transport: Pick<Transporter, 'sendMail'>,
  from: string,
  log: Pick<FastifyBaseLogger, 'error'>,
  intervalMs = 5000,
): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    dispatchMail(db, transport, from)
      .catch((err) => log.error({ err }, 'mail dispatch failed'))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
