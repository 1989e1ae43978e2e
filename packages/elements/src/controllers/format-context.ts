/**
 * The one formatting context every view uses for dates, times and money, and the one rule for
 * its defaults. Views get it from `SessionController.format`; the provider builds `config`
 * with the same rule, so a view never writes its own fallbacks.
 */
import type { FormatContext, Session } from '@portico/core';

/** Locale, time zone and currency for `Intl` formatting. */
export interface PorticoFormat extends FormatContext {
  /** ISO 4217 code money is shown in when an amount carries none (the practice's). */
  currency: string;
}

/** What a host or the config asks for; any of it may be missing. */
export interface FormatPreferences {
  locale?: string | undefined;
  timeZone?: string | undefined;
}

/**
 * The defaults rule, in one place. Each part takes the first of:
 * - **locale**: what the host set (`locale` on the portal/provider, i.e. config) → the signed-in
 *   user's language → `en`, the language the text is written in (not the browser's: the
 *   session says which language the person chose, and before it loads nothing is shown);
 * - **time zone**: config → the user's zone → the organisation's (the practice's) → the browser's;
 * - **currency**: the organisation's → `USD`.
 *
 * Before the session has loaded, `en` and the browser's zone stand in; views show their loading
 * state then. `<portico-provider>` builds `config` with this same function, so a view's
 * `format` and the config agree.
 */
export function formatContextFor(preferences: FormatPreferences | undefined, session: Session | undefined): PorticoFormat {
  return {
    locale: preferences?.locale ?? session?.user.language ?? 'en',
    timeZone: preferences?.timeZone ?? session?.user.timeZone ?? session?.organisation.timeZone ?? browserTimeZone(),
    currency: session?.organisation.currency ?? 'USD',
  };
}

function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
