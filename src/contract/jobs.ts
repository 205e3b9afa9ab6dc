/**
 * The states of a background job on the queue (src/platform/jobs/queue.ts keeps the same list as JOB_STATES; a test
 * holds them equal). Here so that the web app, which may not import the platform, can name them too.
 */
export const JOB_STATE_VALUES = ['queued', 'active', 'done', 'failed'] as const;
export type TJobStateValue = (typeof JOB_STATE_VALUES)[number];
