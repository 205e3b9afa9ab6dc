/** The jobs page's pure helpers: filters in the URL, the counts as a table, which time a job shows, refusals. */
import type { TFunction } from 'i18next';
import { JOB_STATE_VALUES, type TJobStateValue } from '../../../../src/contract/jobs';
import type { TAdminJob, TJobCount } from '../../../../src/contract/accounts/schemas';
import type { ACCOUNT_ERROR_STATUS } from '../../../../src/contract/accounts/errors';
import { asApiError, errorText } from '../../../shared/lib/errors';
import { parsePage } from '../../../shared/lib/query';

export interface TJobFilters {
  /** Unused (the page has no search box); kept for the shared URL-filter hook. */
  q: string;
  state: '' | TJobStateValue;
  queue: string;
  page: number;
}

const QUEUE_NAME = /^[a-z0-9_.-]{1,100}$/i;

export function parseJobFilters(search: URLSearchParams): TJobFilters {
  const state = search.get('state') ?? '';
  const queue = search.get('queue') ?? '';
  return {
    q: '',
    state: (JOB_STATE_VALUES as readonly string[]).includes(state) ? (state as TJobStateValue) : '',
    queue: QUEUE_NAME.test(queue) ? queue : '',
    page: parsePage(search.get('page')),
  };
}

/** The query string of the filters; the plain list has a plain URL. */
export function jobFiltersToSearch(f: Pick<TJobFilters, 'state' | 'queue' | 'page'>): string {
  const params = new URLSearchParams();
  if (f.queue) params.set('queue', f.queue);
  if (f.state) params.set('state', f.state);
  if (f.page > 1) params.set('page', String(f.page));
  const s = params.toString();
  return s ? `?${s}` : '';
}

export interface TCountRow {
  queue: string;
  byState: Record<TJobStateValue, number>;
  total: number;
}

/** One row per queue (in name order) with its count in every state, zeros included. */
export function countRows(counts: readonly TJobCount[]): TCountRow[] {
  const rows = new Map<string, TCountRow>();
  for (const c of counts) {
    let row = rows.get(c.queue);
    if (!row) {
      row = { queue: c.queue, byState: { queued: 0, active: 0, done: 0, failed: 0 }, total: 0 };
      rows.set(c.queue, row);
    }
    row.byState[c.state] += c.count;
    row.total += c.count;
  }
  return [...rows.values()].sort((a, b) => a.queue.localeCompare(b.queue));
}

/** The queues the filter offers: those that have jobs, plus the one the URL asks for. */
export function queueOptions(counts: readonly TJobCount[], current: string): string[] {
  const names = new Set(counts.map((c) => c.queue));
  if (current) names.add(current);
  return [...names].sort((a, b) => a.localeCompare(b));
}

/** A queued job that has run before (an error is recorded) is waiting for another attempt. */
export const isRetrying = (job: Pick<TAdminJob, 'state' | 'lastError'>) =>
  job.state === 'queued' && job.lastError !== null;

/** The time a job shows and what it means: when it is (or was) due, when it is tried again, or when it ended. */
export function jobTime(job: TAdminJob): { label: 'runsAt' | 'retryAt' | 'finishedAt'; at: string } {
  if (isRetrying(job)) return { label: 'retryAt', at: job.runAt };
  if (job.state === 'queued' || job.state === 'active') return { label: 'runsAt', at: job.runAt };
  return { label: 'finishedAt', at: job.finishedAt ?? job.runAt };
}

/** The badge class of a state. */
export function stateBadge(state: TJobStateValue): string {
  return state === 'failed' ? 'badge badge--warn' : state === 'done' ? 'badge badge--ok' : 'badge badge--info';
}

/** The retry refusals, each with its sentence under `admin.jobs.refused.*`. */
export const JOB_REFUSALS = [
  'job_not_failed',
  'job_already_pending',
] as const satisfies readonly (keyof typeof ACCOUNT_ERROR_STATUS)[];

/** Why a retry failed, in the reader's language. */
export function jobErrorText(t: TFunction, err: unknown): string {
  const code = asApiError(err).code;
  return (JOB_REFUSALS as readonly string[]).includes(code) ? t(`admin.jobs.refused.${code}`) : errorText(t, err);
}
