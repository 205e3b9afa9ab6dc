import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/lib/api';
import { existingDraftId } from './draft-conflict';

describe('existingDraftId', () => {
  it('names the open draft of a 409 refusal', () => {
    expect(existingDraftId(new ApiError(409, 'conflict', 'open', [], { draftId: 'd-1' }))).toBe('d-1');
  });

  it('is null for any other error or a 409 without a draft id', () => {
    expect(existingDraftId(new ApiError(409, 'conflict', 'open'))).toBeNull();
    expect(existingDraftId(new ApiError(409, 'conflict', 'open', [], { draftId: 7 }))).toBeNull();
    expect(existingDraftId(new ApiError(403, 'forbidden', 'no', [], { draftId: 'd-1' }))).toBeNull();
    expect(existingDraftId(new Error('network'))).toBeNull();
  });
});
