import type { Transporter } from 'nodemailer';
import { dispatchMail } from '../mail/outbox';
import { pruneJobs, type TJobDefinition } from './queue';

/** Sends the outbox every few seconds (when SMTP is configured), in one process at a time. */
export function mailDispatchJob(transport: Pick<Transporter, 'sendMail'>, from: string): TJobDefinition {
  return {
    queue: 'mail.dispatch',
    everyMs: 5_000,
    run: async (ctx) => {
      await dispatchMail(ctx.db, transport, from);
    },
  };
}

/** Finished jobs are kept a week for the admin page, then deleted. */
export const pruneJobsJob: TJobDefinition = {
  queue: 'platform.prune-jobs',
  everyMs: 3_600_000,
  run: async (ctx) => {
    await pruneJobs(ctx.db);
  },
};
