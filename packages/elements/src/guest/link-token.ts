/**
 * The one-time token of a guest link. It comes in the URL's fragment (`#token=…`), which the
 * browser never sends to a server, and is removed from the address bar as soon as it is read
 * (`history.replaceState`), so it does not stay in the history, a bookmark or a shared screen.
 * A token in the query string (`?token=…`) is never read: it has already been sent to the site.
 */

/** Reads `token` from the fragment (`#token=…`, or among other `key=value` pairs) and removes it from the address bar. */
export function takeLinkToken(win: Pick<Window, 'location' | 'history'> = window): string | undefined {
  const fragment = win.location.hash.replace(/^#/, '');
  if (!fragment.includes('token=')) return undefined;
  const params = new URLSearchParams(fragment);
  const token = params.get('token')?.trim();
  params.delete('token');
  const rest = params.toString();
  win.history.replaceState(win.history.state, '', `${win.location.pathname}${win.location.search}${rest ? `#${rest}` : ''}`);
  return token || undefined;
}
