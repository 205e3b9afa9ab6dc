import { describe, expect, it, vi } from 'vitest';
import { Suspense } from 'react';
import { renderToString } from 'react-dom/server';
import { lazyPage } from './lazy-page';

const pageModule = () =>
  Promise.resolve({
    GreetingPage: ({ data }: { data?: string }) => <p>Hello {data ?? 'there'}</p>,
    greetingLoader: async () => 'loaded',
  });

describe('lazyPage', () => {
  it('renders the fallback until the page code is loaded, the page itself after preload', async () => {
    const load = vi.fn(pageModule);
    const route = lazyPage(load, 'GreetingPage');
    const tree = (
      <Suspense fallback={<em>loading</em>}>
        <route.component />
      </Suspense>
    );
    expect(renderToString(tree)).toContain('loading');
    await route.preload!();
    await route.preload!();
    expect(load).toHaveBeenCalledTimes(1);
    expect(renderToString(tree)).toContain('there</p>');
  });

  it('runs the loader from the page module', async () => {
    const route = lazyPage(pageModule, 'GreetingPage', 'greetingLoader');
    await expect(route.loader!(async () => ({ status: 200, body: null }), {}, new URLSearchParams())).resolves.toBe(
      'loaded',
    );
  });
});
