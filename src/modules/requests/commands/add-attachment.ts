import { eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { requestAttachments, requestEvents, serviceRequests } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { AppError, fieldError } from '../../../platform/errors';
import { writeAudit } from '../../../platform/audit/write-audit';
import { ATTACHMENT_TYPES, REQUEST_LIMITS } from '../request-input';
import { contentMatchesType } from '../../../domain/services/file-content';
import { assertOpenForWork, lockRequest } from '../repo';

export interface AddAttachmentOptions {
  db: Db;
  actor: TActor;
  requestId: string;
  filename: string;
  /** The request's Content-Type, parameters (charset) removed. */
  contentType: string;
  content: Buffer;
  now: Date;
}

/** A file name safe to store and to send back in a header: no path, no control characters, bounded length. */
export function cleanFilename(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  const kept = [...base].filter((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f && c !== '"');
  return kept.join('').trim().slice(0, REQUEST_LIMITS.filenameMax);
}

/** Stores a file on the request (type allow-list checked against the bytes, size limit) with its timeline entry and audit row. */
export async function addAttachment(
  opts: AddAttachmentOptions,
): Promise<{ id: string; filename: string; contentType: string; sizeBytes: number }> {
  if (!(ATTACHMENT_TYPES as readonly string[]).includes(opts.contentType)) {
    throw new AppError('unsupported_file_type', `Files of type ${opts.contentType || '(none)'} are not accepted`, {
      allowed: ATTACHMENT_TYPES,
    });
  }
  if (opts.content.length > REQUEST_LIMITS.attachmentMaxBytes) {
    throw new AppError('payload_too_large', `A file may have at most ${REQUEST_LIMITS.attachmentMaxBytes} bytes`);
  }
  if (opts.content.length === 0) throw fieldError('body', 'The file is empty', 'empty');
  if (!contentMatchesType(opts.contentType, opts.content)) {
    throw new AppError('unsupported_file_type', `The file's content is not ${opts.contentType}`, {
      allowed: ATTACHMENT_TYPES,
    });
  }
  const filename = cleanFilename(opts.filename);
  if (!filename) throw fieldError('filename', 'Give the file a name', 'required');
  return opts.db.transaction(async (tx) => {
    const row = await lockRequest(tx, opts.requestId);
    assertOpenForWork(row);
    const [file] = await tx
      .insert(requestAttachments)
      .values({
        requestId: row.id,
        filename,
        contentType: opts.contentType,
        sizeBytes: opts.content.length,
        content: opts.content,
        uploadedBy: opts.actor.userId,
        createdAt: opts.now,
      })
      .returning({ id: requestAttachments.id });
    await tx.insert(requestEvents).values({
      requestId: row.id,
      at: opts.now,
      actorId: opts.actor.userId,
      kind: 'attachment',
      attachmentId: file.id,
    });
    await tx.update(serviceRequests).set({ updatedAt: opts.now }).where(eq(serviceRequests.id, row.id));
    const created = { id: file.id, filename, contentType: opts.contentType, sizeBytes: opts.content.length };
    await writeAudit(tx, opts.actor, {
      action: 'request.attach',
      entityType: 'service_request',
      entityId: row.id,
      after: created,
    });
    return created;
  });
}
