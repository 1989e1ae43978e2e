import { createRestAdapter, type PortalAdapter, type RestAdapterOptions } from '@portico/core';

/**
 * The one place an element builds a REST adapter from an `api-base-url` (the provider, the
 * portal and the sign-in elements all use it): built once per base URL and kept until the
 * URL changes or `reset()` (sign-out) asks for a fresh one. Options are read when the adapter is
 * built; pass functions that read the element's current state (a token provider set later).
 */
export class RestAdapterBuilder {
  private built: PortalAdapter | undefined;
  private base: string | undefined;

  constructor(private readonly options: () => Omit<RestAdapterOptions, 'baseUrl'>) {}

  /** The adapter for `baseUrl` (the same one while the URL stays), or none without a URL. */
  for(baseUrl: string | undefined): PortalAdapter | undefined {
    if (!baseUrl) return undefined;
    if (!this.built || this.base !== baseUrl) {
      this.base = baseUrl;
      this.built = createRestAdapter({ ...this.options(), baseUrl });
    }
    return this.built;
  }

  /** Forgets the adapter built (and its store); the next `for()` builds a new one. */
  reset(): void {
    this.built = undefined;
    this.base = undefined;
  }
}
