import { describe, expect, it } from 'vitest';
import {
  isReservedSlug,
  previousSlugsAfterRename,
  publicationProblem,
  RESERVED_SERVICE_SLUGS,
} from './catalogue-rules';

describe('reserved slugs', () => {
  it('reserves the names of the pages under /services/', () => {
    expect(RESERVED_SERVICE_SLUGS).toEqual(['new', 'edit']);
    expect(isReservedSlug('new')).toBe(true);
    expect(isReservedSlug('edit')).toBe(true);
    expect(isReservedSlug('new-training')).toBe(false);
    expect(isReservedSlug('renew')).toBe(false);
  });
});

describe('previousSlugsAfterRename', () => {
  it('remembers the old slug when the slug changes', () => {
    expect(previousSlugsAfterRename('pen-test', [], 'penetration-testing')).toEqual(['pen-test']);
    expect(previousSlugsAfterRename('b', ['a'], 'c')).toEqual(['a', 'b']);
  });

  it('keeps the list when the slug stays', () => {
    expect(previousSlugsAfterRename('b', ['a'], 'b')).toEqual(['a']);
  });

  it('drops a slug the service takes back, and never lists one twice', () => {
    expect(previousSlugsAfterRename('b', ['a'], 'a')).toEqual(['b']);
    expect(previousSlugsAfterRename('b', ['a', 'b'], 'c')).toEqual(['a', 'b']);
  });
});

describe('publicationProblem', () => {
  it('needs a delivering partner to publish', () => {
    expect(publicationProblem({ published: true, partnerCount: 0 })).toBe('no_delivering_partner');
    expect(publicationProblem({ published: true, partnerCount: 1 })).toBeNull();
  });

  it('lets a draft have no partner yet', () => {
    expect(publicationProblem({ published: false, partnerCount: 0 })).toBeNull();
  });
});
