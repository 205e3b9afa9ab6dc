import { describe, expect, it } from 'vitest';
import { REQUEST_STATES } from '../../../src/domain/services/request-state-machine';
import { fileSizeText, requestRef, statusTone, timelineLabel } from './labels';

describe('request labels', () => {
  it('writes the reference as R-<number>', () => {
    expect(requestRef(42)).toBe('R-42');
  });

  it('gives every state a tone, finished work green and refused work grey', () => {
    for (const s of REQUEST_STATES) expect(['ok', 'warn', 'info', 'muted']).toContain(statusTone(s));
    expect(statusTone('closed')).toBe('ok');
    expect(statusTone('rejected')).toBe('muted');
    expect(statusTone('submitted')).toBe('warn');
  });
});

describe('timeline labels', () => {
  const base = { fromStatus: null, toStatus: null, action: null, actorName: 'Мария' } as const;

  it('names a transition by its action, with the actor', () => {
    expect(
      timelineLabel({ ...base, kind: 'transition', action: 'reassign', fromStatus: 'assigned', toStatus: 'assigned' }),
    ).toEqual({
      key: 'requests.timeline.actions.reassign.byActor',
      params: { actor: 'Мария' },
    });
  });

  it('falls back to the states when a transition has no action', () => {
    expect(
      timelineLabel({ ...base, kind: 'transition', fromStatus: 'submitted', toStatus: 'accepted', actorName: null }),
    ).toEqual({
      key: 'requests.timeline.statusChanged.anonymous',
      params: { actor: '', from: 'submitted', to: 'accepted' },
    });
  });

  it('names the other events by their kind; a deleted account reads without a name', () => {
    expect(timelineLabel({ ...base, kind: 'attachment' }).key).toBe('requests.timeline.kinds.attachment.byActor');
    expect(timelineLabel({ ...base, kind: 'feedback', actorName: null }).key).toBe(
      'requests.timeline.kinds.feedback.anonymous',
    );
  });
});

describe('file sizes', () => {
  it('uses B, KB and MB', () => {
    expect(fileSizeText(512, 'en')).toBe('512 B');
    expect(fileSizeText(2048, 'en')).toBe('2 KB');
    expect(fileSizeText(1536 * 1024, 'en')).toBe('1.5 MB');
    expect(fileSizeText(1536 * 1024, 'bg')).toBe('1,5 MB');
  });
});
