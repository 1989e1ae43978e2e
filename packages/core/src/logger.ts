/**
 * Portico's one logger: every line Portico writes for developers goes through here, so a host
 * can silence it (`setLogger(null)`) or send it elsewhere (`setLogger({ warn, error })`).
 *
 * Lines name an operation, a URL without its query and what went wrong; they never carry
 * health data (no message text, names, file names or form answers) and never a token.
 */
export interface PorticoLogger {
  warn(message: string): void;
  error(message: string): void;
}

const consoleLogger: PorticoLogger = {
  warn: (message) => console.warn(message),
  error: (message) => console.error(message),
};

const silent: PorticoLogger = { warn: () => {}, error: () => {} };

// Shared by every copy of this Portico major on the page, so one call silences them all.
const SLOT = Symbol.for('portico.logger');
type Holder = typeof globalThis & { [SLOT]?: PorticoLogger };

/** Replaces where Portico logs; `null` silences it, `undefined` restores the console. */
export function setLogger(logger: PorticoLogger | null | undefined): void {
  (globalThis as Holder)[SLOT] = logger === null ? silent : logger;
}

/** The logger in use (the console unless the host set one). */
export function getLogger(): PorticoLogger {
  return (globalThis as Holder)[SLOT] ?? consoleLogger;
}

/** Writes a warning line prefixed with `Portico:`. */
export function logWarning(message: string): void {
  getLogger().warn(`Portico: ${message}`);
}

/** Writes an error line prefixed with `Portico:`. */
export function logError(message: string): void {
  getLogger().error(`Portico: ${message}`);
}

/** A URL as Portico logs it: without query string or fragment (which may carry search terms). */
export function urlForLog(url: string): string {
  const cut = url.search(/[?#]/);
  return cut === -1 ? url : url.slice(0, cut);
}
