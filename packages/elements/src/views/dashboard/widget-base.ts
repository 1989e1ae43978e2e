/** What every dashboard widget shares: the session, the formatting context, links into views. */
import { LitElement, html, svg } from 'lit';
import { property } from 'lit/decorators.js';
import type { FormatContext, Module } from '@portico/core';
import type { PorticoSessionState } from '../../context.js';
import { requestOpen } from '../../controllers/intents.js';
import { SessionController } from '../../controllers/session-controller.js';
import { baseStyles } from '../../theme/base-styles.js';
import { buttonStyles } from '../../ui/button.styles.js';
import '../../ui/state-empty.js';
import '../../ui/state-error.js';
import '../../ui/state-loading.js';
import { widgetStyles } from './widget.styles.js';

export const warningIcon = svg`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path fill="currentColor" d="M8 1.5 15 14H1L8 1.5Zm-.75 4.5v4h1.5V6h-1.5Zm0 5v1.5h1.5V11h-1.5Z"/></svg>`;

/**
 * Base of the widgets inside `<portico-dashboard>`. Each widget declares its own resources,
 * so a failing one shows its own error and Retry while the others keep working.
 */
export abstract class DashboardWidget extends LitElement {
  static override styles = [baseStyles, buttonStyles, widgetStyles];

  protected readonly s = new SessionController(this);

  /** The session state; undefined while it loads. */
  protected get session(): PorticoSessionState | undefined {
    return this.s.state;
  }

  /** "Now" for due dates and relative times; the real time when unset (stories and tests pin it). */
  @property({ attribute: false }) now: Date | undefined;

  /** Dates, times and money in the user's locale and zone (the view kit's one defaults rule). */
  protected get formatContext(): FormatContext {
    return this.s.format;
  }

  /** Asks the portal to show a view, or one item in it. */
  protected open(view: Module, item?: string): void {
    requestOpen(this, item === undefined ? { view } : { view, item });
  }

  protected loading(label: string) {
    return html`<portico-state-loading rows="3" label=${label}></portico-state-loading>`;
  }

  /** The "See all" link to the widget's view. */
  protected footer(label: string, view: Module) {
    return html`<p class="footer"><button class="button" data-variant="ghost" data-size="sm" part="view-all" type="button" @click=${() => this.open(view)}>
      ${label}
    </button></p>`;
  }

  protected errorPanel(error: unknown, heading: string, retry: () => void) {
    return html`<portico-state-error .error=${error} heading=${heading} @portico-retry=${(e: Event) => {
      // Handled here: one widget's retry is nobody else's business.
      e.stopPropagation();
      retry();
    }}></portico-state-error>`;
  }

  /** Not a heading: the dashboard already titles the widget. */
  protected emptyPanel(heading: string, description: string) {
    return html`<portico-state-empty class="empty" heading=${heading} description=${description}></portico-state-empty>`;
  }
}
