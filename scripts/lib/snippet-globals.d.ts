/**
 * What the docs' snippets call the host's own things (scripts/test-snippets.mjs typechecks them
 * against these). Keep the names few and obvious; a snippet needing a new one adds it here.
 */
import type { AccessTokenProvider } from '@portico/core';
import type { PorticoPortal } from '@portico/elements';

declare global {
  /** The host site's own sign-in: hands Portico an access token. */
  const mySite: {
    portalToken: AccessTokenProvider;
    getPortalToken: AccessTokenProvider;
  };
  /** The same, as an auth module of the host's app. */
  const auth: {
    token: AccessTokenProvider;
    signInAgain(): void;
  };
  /** The `<portico-portal>` on the host's page. */
  const portal: PorticoPortal;
  /** The host's test set-up for the adapter contract suite (docs/rest-contract.md). */
  function createTestInvitation(): Promise<string>;
  function restoreTestData(): Promise<void>;
}

export {};
