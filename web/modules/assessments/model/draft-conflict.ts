/** Reading the server's refusal to open a second draft for an organisation. */
import { asApiError } from '../../../shared/lib/errors';

/** The draft already open when starting one was refused with 409 (details.draftId); otherwise null. */
export function existingDraftId(err: unknown): string | null {
  const e = asApiError(err);
  const draftId = (e.details as { draftId?: unknown } | undefined)?.draftId;
  return e.status === 409 && typeof draftId === 'string' ? draftId : null;
}
