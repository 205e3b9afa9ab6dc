/** The user list's pure helpers: putting the server's answer back into the page, and reading a refusal. */
import type { TAdminUser } from '../../../../src/contract/accounts/schemas';

/** The rows with the server's answer merged into user `id`'s; with `keepOrganisations` the count stays when the answer leaves it out. */
export function withUserChanged(
  items: TAdminUser[],
  id: string,
  updated: TAdminUser,
  keepOrganisations = false,
): TAdminUser[] {
  return items.map((x) =>
    x.id === id
      ? { ...x, ...updated, ...(keepOrganisations ? { organisations: updated.organisations ?? x.organisations } : {}) }
      : x,
  );
}

/** The specific reason of a 409 refusal (`details.reason`), or null when the server gave only a plain conflict. */
export function refusalReason(details: unknown): string | null {
  const reason = (details as { reason?: string } | undefined)?.reason;
  return reason && reason !== 'conflict' ? reason : null;
}
