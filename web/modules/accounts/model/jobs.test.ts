import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import type { TAdminJob } from '../../../../src/contract/accounts/schemas';
import { ACCOUNT_ERROR_STATUS } from '../../../../src/contract/accounts/errors';
import { LOCALES } from '../../../../src/contract/common';
import { RESOURCES } from '../../../app/locales';
import { ApiError } from '../../../shared/lib/api';
import {
  countRows,
  isRetrying,
  JOB_REFUSALS,
  jobErrorText,
  jobFiltersToSearch,
  jobTime,
  parseJobFilters,
  queueOptions,
} from './jobs';

const job = (over: Partial<TAdminJob> = {}): TAdminJob => ({
  id: 7,
  queue: 'mail.dispatch',
  state: 'queued',
  attempts: 0,
  maxAttempts: 5,
  runAt: '2026-12-07T10:00:00Z',
  lastError: null,
  createdAt: '2026-12-07T09:00:00Z',
  finishedAt: null,
  retryable: false,
  ...over,
});

describe('job filters in the URL', () => {
  it('reads known states and plausible queue names, drops the rest, and writes a plain URL for the plain list', () => {
    expect(parseJobFilters(new URLSearchParams('state=failed&queue=mail.dispatch&page=3'))).toEqual({
      q: '',
      state: 'failed',
      queue: 'mail.dispatch',
      page: 3,
    });
    expect(parseJobFilters(new URLSearchParams('state=stuck&queue=<script>&page=-1'))).toEqual({
      q: '',
      state: '',
      queue: '',
      page: 1,
    });
    expect(jobFiltersToSearch({ state: '', queue: '', page: 1 })).toBe('');
    expect(jobFiltersToSearch({ state: 'failed', queue: 'events.waitlist-offers', page: 2 })).toBe(
      '?queue=events.waitlist-offers&state=failed&page=2',
    );
  });
});

describe('job counts', () => {
  it('pivots to one row per queue in name order with every state, zeros included', () => {
    const rows = countRows([
      { queue: 'mail.dispatch', state: 'failed', count: 2 },
      { queue: 'events.waitlist-offers', state: 'done', count: 40 },
      { queue: 'mail.dispatch', state: 'queued', count: 1 },
    ]);
    expect(rows).toEqual([
      { queue: 'events.waitlist-offers', byState: { queued: 0, active: 0, done: 40, failed: 0 }, total: 40 },
      { queue: 'mail.dispatch', byState: { queued: 1, active: 0, done: 0, failed: 2 }, total: 3 },
    ]);
    expect(queueOptions([{ queue: 'b', state: 'done', count: 1 }], 'a')).toEqual(['a', 'b']);
  });
});

describe('a job in the list', () => {
  it('shows when it is due, when it is tried again, or when it ended', () => {
    expect(jobTime(job())).toEqual({ label: 'runsAt', at: '2026-12-07T10:00:00Z' });
    expect(jobTime(job({ state: 'active', attempts: 1 })).label).toBe('runsAt');
    const again = job({ attempts: 2, lastError: 'SMTP down', runAt: '2026-12-07T10:05:00Z' });
    expect(isRetrying(again)).toBe(true);
    expect(jobTime(again)).toEqual({ label: 'retryAt', at: '2026-12-07T10:05:00Z' });
    expect(jobTime(job({ state: 'failed', lastError: 'x', finishedAt: '2026-12-07T11:00:00Z' }))).toEqual({
      label: 'finishedAt',
      at: '2026-12-07T11:00:00Z',
    });
    expect(isRetrying(job({ state: 'failed', lastError: 'x' }))).toBe(false);
  });

  it('has a sentence for every time label and state, in every language', () => {
    for (const lng of LOCALES) {
      const jobs = (RESOURCES[lng].web as { admin: { jobs: Record<string, unknown> } }).admin.jobs;
      for (const key of ['runsAt', 'retryAt', 'finishedAt']) expect(jobs[key], `${lng} ${key}`).toBeTruthy();
      expect(Object.keys(jobs.states as object).sort()).toEqual(['active', 'done', 'failed', 'queued']);
    }
  });
});

describe('retry refusals', () => {
  it('names every error code the accounts API declares, with a sentence in every language', () => {
    expect([...JOB_REFUSALS].sort()).toEqual(Object.keys(ACCOUNT_ERROR_STATUS).sort());
    for (const lng of LOCALES) {
      const refused = (RESOURCES[lng].web as { admin: { jobs: { refused: Record<string, string> } } }).admin.jobs
        .refused;
      expect(
        JOB_REFUSALS.filter((c) => !refused[c]),
        lng,
      ).toEqual([]);
    }
  });

  it('reads a refusal in its own words and anything else as the generic error', () => {
    const t = ((key: string) => key) as unknown as TFunction;
    expect(jobErrorText(t, new ApiError(409, 'job_not_failed', 'x'))).toBe('admin.jobs.refused.job_not_failed');
    expect(jobErrorText(t, new ApiError(404, 'not_found', 'x'))).toBe('errors.codes.not_found');
  });
});
