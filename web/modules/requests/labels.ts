/** How requests read on screen: the short reference, the status badge's tone, and one line per timeline event. */
import type { TRequestState, TTimelineItem } from '../../../src/contract/requests';

export { requestRef } from '../../../src/contract/requests/request-ref';

/** Badge tone per state: done states green, states waiting for the hub amber, refused/cancelled grey. */
export function statusTone(state: TRequestState): 'ok' | 'warn' | 'info' | 'muted' {
  switch (state) {
    case 'submitted':
    case 'delivered':
      return 'warn';
    case 'accepted':
    case 'assigned':
    case 'in_progress':
      return 'info';
    case 'closed':
      return 'ok';
    case 'rejected':
    case 'cancelled':
      return 'muted';
  }
}

/** A translation key and its parameters: the component translates, so this stays a plain tested function. */
export interface TLabel {
  key: string;
  params: Record<string, string>;
}

/**
 * The headline of a timeline event. Transitions are named by their action (assign and reassign read
 * differently although both end in "assigned"); a transition without an action falls back to the states.
 */
export function timelineLabel(
  e: Pick<TTimelineItem, 'kind' | 'action' | 'fromStatus' | 'toStatus' | 'actorName'>,
): TLabel {
  const actor = e.actorName ?? '';
  const who = actor ? 'byActor' : 'anonymous';
  if (e.kind === 'transition') {
    if (e.action) return { key: `requests.timeline.actions.${e.action}.${who}`, params: { actor } };
    return {
      key: `requests.timeline.statusChanged.${who}`,
      params: { actor, from: e.fromStatus ?? '', to: e.toStatus ?? '' },
    };
  }
  return { key: `requests.timeline.kinds.${e.kind}.${who}`, params: { actor } };
}

/** A file size for people: bytes, KB or MB with one decimal. */
export function fileSizeText(bytes: number, locale: string): string {
  const format = (n: number, digits: number) =>
    new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'bg-BG', { maximumFractionDigits: digits }).format(n);
  if (bytes < 1024) return `${format(bytes, 0)} B`;
  if (bytes < 1024 * 1024) return `${format(bytes / 1024, 1)} KB`;
  return `${format(bytes / (1024 * 1024), 1)} MB`;
}
