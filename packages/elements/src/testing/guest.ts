/**
 * Drives the guest-link elements (`<portico-guest>`, `<portico-guest-pay>`, `<portico-guest-sign>`,
 * `<portico-guest-confirm>`) the way a guest does: wait for the page by its heading, answer the
 * second factor by typing, type a card into the payment provider's own fields, press buttons by
 * their names, read a field's error.
 *
 * ```ts
 * const guest = new GuestHarness(document.querySelector('portico-guest')!);
 * await guest.page('First, confirm it is you');
 * await guest.answer('Your date of birth', '1990-01-01');
 * await guest.page(/^Pay invoice /);
 * ```
 */
import { PorticoHarness, type TextControl } from './harness.js';
import { errorOf, textOf, type TextMatch } from './queries.js';

export class GuestHarness<E extends HTMLElement = HTMLElement> extends PorticoHarness<E> {
  /** The page's heading as shown ('' before there is one). */
  heading(): string {
    const first = this.queryAllByRole('heading')[0];
    return first ? textOf(first) : '';
  }

  /** Waits until the page's heading (its first) reads `heading`, the page a guest is on, and returns it. */
  page(heading: TextMatch, options: { timeout?: number } = {}): Promise<HTMLElement> {
    return this.waitFor(
      () => {
        const first = this.queryAllByRole('heading')[0];
        if (!first) return null;
        const text = textOf(first);
        return (typeof heading === 'string' ? text === heading : heading.test(text)) ? first : null;
      },
      { message: `the page "${String(heading)}" (showing "${this.heading() || this.text().slice(0, 80)}")`, timeout: options.timeout },
    );
  }

  /** The control labelled `label` (by its accessible name; inside a `<portico-field>` too). */
  field<C extends Element = TextControl>(label: TextMatch): C {
    return this.getByLabel<C>(label);
  }

  /** The error shown next to the field labelled `label` ('' when none). */
  errorFor(label: TextMatch): string {
    return errorOf(this.field(label));
  }

  /** Focuses a button (an element, or the one named `name`) and presses Enter on it, as a keyboard user does. */
  async activate(button: Element | TextMatch): Promise<void> {
    const element = button instanceof Element ? button : await this.findByRole('button', { name: button });
    (element as HTMLElement).focus();
    await this.driver.press('Enter');
  }

  /** Answers the second factor: types `answer` into the field labelled `label` (a date as `2026-03-15`) and presses Continue. */
  async answer(label: TextMatch, answer: string): Promise<void> {
    await this.type(label, answer);
    await this.click('Continue');
  }

  /** Types a card into the payment provider's own fields (the test provider's, in its shadow root): number, expiry, security code. */
  async typeCard(number: string, expiry = '12 / 34', cvc = '123'): Promise<void> {
    await this.type(await this.findByRole('textbox', { name: 'Card number' }), number);
    await this.type(await this.findByRole('textbox', { name: /Expiry/ }), expiry);
    await this.type(await this.findByRole('textbox', { name: /Security code|CVC/ }), cvc);
  }

  /** Presses the Retry button of a failure panel ("Try again"). */
  async retry(): Promise<void> {
    await this.click('Try again');
  }
}
