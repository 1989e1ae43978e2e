/**
 * Runtime localisation (I18N-1): English is the source; other locales load on demand as
 * separate chunks. `configureLocalization` may run once per page, so it runs lazily on the
 * first `setPorticoLocale()` call; importing Portico alone changes nothing (and works in Node).
 */
import { configureLocalization, type LocaleModule } from '@lit/localize';
import { logWarning } from '@portico/core';

export const sourceLocale = 'en';
export const targetLocales = ['es'] as const;
export type PorticoLocale = typeof sourceLocale | (typeof targetLocales)[number];

const loaders: Record<(typeof targetLocales)[number], () => Promise<LocaleModule>> = {
  es: () => import('./locales/es.js'),
};

let controls: ReturnType<typeof configureLocalization> | null | undefined;

function localization(): ReturnType<typeof configureLocalization> | null {
  if (controls === undefined) {
    try {
      controls = configureLocalization({
        sourceLocale,
        targetLocales,
        loadLocale: (locale) => loaders[locale as (typeof targetLocales)[number]](),
      });
    } catch {
      // The page's own code configured lit-localize (it allows one configuration per page).
      logWarning('lit-localize is already configured on this page; Portico text stays in English.');
      controls = null;
    }
  }
  return controls;
}

/** The supported locale closest to a BCP 47 tag: `es-MX` → `es`; unknown → `en`. */
export function resolveLocale(tag: string | undefined): PorticoLocale {
  const language = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return (targetLocales as readonly string[]).includes(language ?? '') ? (language as PorticoLocale) : sourceLocale;
}

/** The active locale. */
export function getPorticoLocale(): PorticoLocale {
  return (controls?.getLocale() as PorticoLocale | undefined) ?? sourceLocale;
}

/**
 * Switches every Portico element on the page to `tag`'s language; resolves when its text has
 * loaded and elements using `@localized()` re-rendered. Focus, scroll and typed text stay.
 */
export async function setPorticoLocale(tag: string | undefined): Promise<PorticoLocale> {
  const locale = resolveLocale(tag);
  const c = localization();
  if (!c) return sourceLocale;
  if (c.getLocale() !== locale) await c.setLocale(locale);
  return locale;
}
