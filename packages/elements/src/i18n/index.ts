export {
  setPorticoLocale, getPorticoLocale, resolveLocale, sourceLocale, targetLocales, type PorticoLocale,
} from './localization.js';
export { translations } from './catalog.js';
