import { describe, expect, it } from 'vitest';
import { matchRoute, NOT_FOUND } from './routes';

describe('route matching for the server render', () => {
  it('matches static paths before parameters', () => {
    expect(matchRoute('/organisations/new').route.path).toBe('/organisations/new');
    const m = matchRoute('/organisations/3f1c');
    expect(m.route.path).toBe('/organisations/:id');
    expect(m.params).toEqual({ id: '3f1c' });
  });

  it('sends unknown paths to the 404 page', () => {
    expect(matchRoute('/nowhere').route).toBe(NOT_FOUND);
    expect(matchRoute('/organisations/1/2').route).toBe(NOT_FOUND);
  });

  it('gives the home page its loader', () => {
    expect(matchRoute('/').route.loader).toBeTypeOf('function');
  });
});
