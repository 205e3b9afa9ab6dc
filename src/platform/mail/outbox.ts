import { and, asc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Transporter } from 'nodemailer';
import type { Db, Executor } from '../db/client';
import { mailOutbox } from '../db/schema';

export interface TMailMessage {
  kind: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Files sent with the message (e.g. an .ics invitation); kept in the outbox as base64. */
  attachments?: TMailAttachment[];
}

export interface TMailAttachment {
  filename: string;
  contentType: string;
  contentBase64: string;
  /** Set for an image shown in the HTML body as `cid:<cid>` (an inline part, which mail clients display, unlike data: URIs). */
  cid?: string;
}

/** Writes a message to the outbox; call it inside the command's transaction. */
export async function enqueueMail(executor: Executor, message: TMailMessage): Promise<void> {
  await executor.insert(mailOutbox).values({ ...message, attachments: message.attachments ?? null, status: 'pending' });
}

const MAX_ATTEMPTS = 5;

/**
 * Sends pending outbox messages over SMTP. Rows are claimed with FOR UPDATE SKIP LOCKED, so
 * several app processes can run the dispatcher against one PostgreSQL without sending twice.
 */
export async function dispatchMail(
  db: Db,
  transport: Pick<Transporter, 'sendMail'>,
  from: string,
  batch = 20,
): Promise<number> {
  let sent = 0;
  await db.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.status, 'pending'), lt(mailOutbox.attempts, MAX_ATTEMPTS)))
      .orderBy(asc(mailOutbox.createdAt))
      .limit(batch)
      .for('update', { skipLocked: true });
    for (const row of rows) {
      try {
        const attachments = ((row.attachments as TMailAttachment[] | null) ?? []).map((a) => ({
          filename: a.filename,
          contentType: a.contentType,
          content: Buffer.from(a.contentBase64, 'base64'),
          ...(a.cid ? { cid: a.cid } : {}),
        }));
        await transport.sendMail({
          from,
          to: row.to,
          subject: row.subject,
          text: row.text,
          html: row.html ?? undefined,
          attachments,
        });
        await tx
          .update(mailOutbox)
          .set({ status: 'sent', sentAt: new Date(), attempts: row.attempts + 1 })
          .where(eq(mailOutbox.id, row.id));
        sent++;
      } catch (err) {
        const attempts = row.attempts + 1;
        await tx
          .update(mailOutbox)
          .set({
            attempts,
            lastError: String((err as Error).message ?? err).slice(0, 500),
            status: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
          })
          .where(eq(mailOutbox.id, row.id));
      }
    }
  });
  return sent;
}

/** Counts messages by status (for the admin outbox page). */
export async function outboxCounts(db: Db): Promise<Record<string, number>> {
  const rows = await db
    .select({ status: mailOutbox.status, n: sql<number>`count(*)::int` })
    .from(mailOutbox)
    .where(inArray(mailOutbox.status, ['pending', 'sent', 'failed']))
    .groupBy(mailOutbox.status);
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}
