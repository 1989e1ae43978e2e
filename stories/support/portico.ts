/**
 * Stories run on the in-browser mock backend (`@portico/mock`): one MSW service worker for the
 * whole preview, a fresh practice (data and faults reset) and a fresh REST adapter per story,
 * and the user and faults each story asks for through `parameters.portico`:
 *
 * ```ts
 * export const Loading: Story = {
 *   parameters: portico({ user: 'guardian', faults: (faults) => faults.latency(FOREVER, 'team.list') }),
 * };
 * ```
 * `.storybook/preview.ts` wires `porticoLoader` and `withPortico` into every story.
 */
import { createRestAdapter, type PortalAdapter } from '@portico/core';
import { SESSION_KEY, setPorticoLocale, storeFor, type PorticoTheme } from '@portico/elements';
import { startMockBackend, type DemoUser, type Faults, type MockBackend } from '@portico/mock';
import type { Decorator, Loader } from '@storybook/web-components-vite';
import { html } from 'lit';
import { storyTheme } from './themes.js';

/** What a story sets in `parameters.portico`. */
export interface PorticoParameters {
  /** The demo user signed in for this story. Default `'client'`. */
  user?: DemoUser;
  /** Faults for this story, applied after the session has loaded (unless `session: 'lazy'`). */
  faults?: (faults: Faults) => void;
  /** Changes the practice's data for this story (the database is rebuilt before each story). */
  setup?: (backend: MockBackend) => void;
  /** Wraps the REST adapter, e.g. to make one call answer something the mock cannot. */
  adapter?: (adapter: PortalAdapter) => PortalAdapter;
  /**
   * `'ready'` (default): the session is in the store before the story renders, so a view's own
   * states show at once. `'lazy'`: the provider or portal loads it (and the faults apply to
   * that first load too), for stories about the provider's or portal's own loading and errors.
   */
  session?: 'ready' | 'lazy';
  /**
   * `true` (default) wraps the story in `<portico-provider>`. Set `false` when the story renders
   * its own `<portico-portal>` or `<portico-provider>`, or needs no backend at all; it then takes
   * the adapter and theme from `porticoOf(context)`.
   */
  provider?: boolean;
}

/** `parameters: portico({...})`: typed story parameters. */
export function portico(options: PorticoParameters): { portico: PorticoParameters } {
  return { portico: options };
}

/** What the loader hands a story in `context.loaded.portico`. */
export interface PorticoLoaded {
  backend: MockBackend;
  adapter: PortalAdapter;
}

/** A latency that outlasts any story run: the request stays pending, the view stays loading. */
export const FOREVER = 24 * 60 * 60 * 1000;

let started: Promise<MockBackend> | undefined;

/** The page's one mock backend, started on first use. */
export function mockBackend(): Promise<MockBackend> {
  // Relative to the preview page, so a Storybook published under a sub-path still finds it.
  const base = new URL('./', document.baseURI);
  started ??= startMockBackend({
    user: 'client',
    baseUrl: '/api',
    serviceWorkerUrl: new URL('mockServiceWorker.js', base).pathname,
    scope: base.pathname,
    quiet: true,
  });
  return started;
}

/**
 * The last setup, reused when only globals or args changed (the theme or locale toolbar, a
 * control): the story keeps its data, adapter and store, and the elements update in place,
 * the way a host's runtime theme change would. A remount (same story, same inputs) or another
 * story starts afresh.
 */
let last: { id: string; inputs: string; loaded: PorticoLoaded } | undefined;

function parametersOf(context: { parameters: Record<string, unknown> }): PorticoParameters {
  return (context.parameters['portico'] as PorticoParameters | undefined) ?? {};
}

export const porticoLoader: Loader = async (context) => {
  const options = parametersOf(context);
  const inputs = JSON.stringify([context.globals, context.args]);
  if (last && last.id === context.id && last.inputs !== inputs) {
    last.inputs = inputs;
    return { portico: last.loaded };
  }
  const backend = await mockBackend();
  backend.reset();
  backend.signInAs(options.user ?? 'client');
  options.setup?.(backend);
  const rest = createRestAdapter({ baseUrl: backend.baseUrl, getAccessToken: () => backend.accessToken });
  const adapter = options.adapter ? options.adapter(rest) : rest;
  await setPorticoLocale(localeOf(context.globals));
  if (options.session !== 'lazy') {
    // Failing here (a fault meant for the provider) is left to the element to show.
    await storeFor(adapter)
      .query(SESSION_KEY, (a, signal) => a.session.get(undefined, { signal }))
      .catch(() => undefined);
  }
  options.faults?.(backend.faults);
  const loaded: PorticoLoaded = { backend, adapter };
  last = { id: context.id, inputs, loaded };
  return { portico: loaded };
};

function localeOf(globals: Record<string, unknown>): string {
  return typeof globals['locale'] === 'string' && globals['locale'] ? globals['locale'] : 'en';
}

/** The mock, adapter, theme and locale of a story, for stories that render their own provider or portal. */
export function porticoOf(context: { loaded: Record<string, unknown>; globals: Record<string, unknown> }): PorticoLoaded & {
  theme: PorticoTheme | undefined;
  locale: string;
} {
  const loaded = context.loaded['portico'] as PorticoLoaded | undefined;
  if (!loaded) throw new Error('No Portico mock for this story: is porticoLoader in .storybook/preview.ts?');
  return { ...loaded, theme: storyTheme(context.globals['theme']).theme, locale: localeOf(context.globals) };
}

/** Paints the canvas for the theme and wraps the story in `<portico-provider>` on the mock. */
export const withPortico: Decorator = (story, context) => {
  const { canvas } = storyTheme(context.globals['theme']);
  const page = context.viewMode === 'docs' ? context.canvasElement : document.body;
  page.style.setProperty('background', canvas.background);
  page.style.setProperty('color', canvas.color);
  if (parametersOf(context).provider === false) return story();
  const { adapter, theme, locale } = porticoOf(context);
  return html`<portico-provider .adapter=${adapter} .theme=${theme} .locale=${locale}>${story()}</portico-provider>`;
};
