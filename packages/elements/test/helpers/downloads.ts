/**
 * Watches the downloads a page starts: every `<a download>` click is recorded with the bytes
 * behind its URL (read at click time, before Portico revokes a `blob:` URL). The click itself
 * is not passed on, so a headless browser is not left with files to save.
 */
import { waitFor } from './portal-harness.js';

export interface StartedDownload {
  href: string;
  fileName: string;
  blob: Blob;
}

export interface DownloadWatch {
  readonly downloads: StartedDownload[];
  /** Waits for the next download (or the `count`th overall). */
  next(count?: number): Promise<StartedDownload>;
  stop(): void;
}

export function watchDownloads(): DownloadWatch {
  const downloads: StartedDownload[] = [];
  const pending: Promise<void>[] = [];
  const original = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (!this.hasAttribute('download')) return original.call(this);
    const { href, download } = this;
    pending.push(
      fetch(href)
        .then((r) => r.blob())
        .then((blob) => void downloads.push({ href, fileName: download, blob })),
    );
  };
  return {
    downloads,
    async next(count = downloads.length + 1) {
      await waitFor(() => downloads.length >= count, { message: `download #${count}` });
      return downloads[count - 1]!;
    },
    stop() {
      HTMLAnchorElement.prototype.click = original;
      void Promise.all(pending);
    },
  };
}

/** The paths of the requests this page made since `performance.clearResourceTimings()`. */
export function requestedPaths(): string[] {
  return performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
}

/** The button inside the `<portico-document-button>` whose accessible name is `label`. */
export function documentButton(root: ParentNode, label: string | RegExp): HTMLButtonElement {
  const hosts = [...root.querySelectorAll<HTMLElement>('portico-document-button')];
  for (const host of hosts) {
    const button = host.shadowRoot?.querySelector<HTMLButtonElement>('button');
    const name = button?.getAttribute('aria-label') ?? button?.textContent?.trim() ?? '';
    if (button && (typeof label === 'string' ? name === label : label.test(name))) return button;
  }
  throw new Error(`No document button "${String(label)}"`);
}

/** The visible label of a document button (its slotted text, or the default "Download"). */
export function documentLabel(button: HTMLButtonElement): string {
  const host = (button.getRootNode() as ShadowRoot).host;
  return host.textContent!.trim() || button.textContent!.trim();
}
