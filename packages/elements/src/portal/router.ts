/**
 * Deep links for the portal (SHELL-2). In `hash` mode the view and item live in the URL
 * (`#/messages/t-42`) so back, forward and bookmarks work; in `none` mode the host drives
 * navigation and the URL is never touched. Only opaque ids go in the URL, never health data.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RoutingMode } from '../context.js';

export interface PortalLocation {
  view: string;
  /** An opaque item id within the view, e.g. a thread id. */
  item?: string | undefined;
  /**
   * A shortcut link's opaque ids after `?`, e.g. `provider` and `service` in
   * `#/schedule/book?provider=p-1&service=s-2` (see `intentFromLocation`). Read once, never written.
   */
  params?: Readonly<Record<string, string>> | undefined;
}

const HASH = /^#\/([a-z][a-z-]*)(?:\/([^/?#]+))?\/?(?:\?([^#]*))?$/;

export function parseHash(hash: string): PortalLocation | null {
  const match = HASH.exec(hash);
  if (!match) return null;
  const [, view, item, query] = match;
  const location: PortalLocation = item ? { view: view!, item: decodeURIComponent(item) } : { view: view! };
  if (query) location.params = Object.fromEntries(new URLSearchParams(query));
  return location;
}

export function formatHash(location: PortalLocation): string {
  return `#/${location.view}${location.item ? `/${encodeURIComponent(location.item)}` : ''}`;
}

export class RouterController implements ReactiveController {
  #host: ReactiveControllerHost;
  #mode: () => RoutingMode;
  #onChange: (location: PortalLocation | null) => void;
  #listening = false;

  constructor(host: ReactiveControllerHost, options: { mode: () => RoutingMode; onChange: (location: PortalLocation | null) => void }) {
    this.#host = host;
    this.#mode = options.mode;
    this.#onChange = options.onChange;
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.#stopListening();
  }

  /** Starts or stops listening to the URL when the routing mode changes. */
  sync(): void {
    if (this.#mode() === 'hash') {
      if (!this.#listening) {
        // Back/forward between pushState entries fires popstate; a typed or linked hash fires hashchange.
        window.addEventListener('hashchange', this.#read);
        window.addEventListener('popstate', this.#read);
        this.#listening = true;
      }
    } else {
      this.#stopListening();
    }
  }

  /** The location in the URL, in hash mode. */
  current(): PortalLocation | null {
    return this.#mode() === 'hash' ? parseHash(window.location.hash) : null;
  }

  /** Writes a location to the URL (hash mode); the caller has already rendered it. */
  write(location: PortalLocation, { replace = false } = {}): void {
    if (this.#mode() !== 'hash') return;
    const hash = formatHash(location);
    if (window.location.hash === hash) return;
    if (replace) history.replaceState(history.state, '', hash);
    else history.pushState(history.state, '', hash);
  }

  #read = (): void => {
    this.#onChange(parseHash(window.location.hash));
    this.#host.requestUpdate();
  };

  #stopListening(): void {
    if (!this.#listening) return;
    window.removeEventListener('hashchange', this.#read);
    window.removeEventListener('popstate', this.#read);
    this.#listening = false;
  }
}
