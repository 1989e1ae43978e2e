/**
 * The payment provider's own card field in one of billing's dialogs (pay an invoice, add a
 * card): Portico only holds the mounted field, never the card number.
 */
import type { MountedPaymentField, PaymentFieldOptions, PaymentProvider } from '@portico/core';

export class CardField {
  /** The mounted field, once the provider has it ready. */
  field: MountedPaymentField | undefined;
  private mounting: Promise<void> | undefined;

  /** Whether the field is mounted or on its way (so it is not mounted twice). */
  get pending(): boolean {
    return !!this.field || !!this.mounting;
  }

  /**
   * Mounts the provider's field into `container`, once. A field that arrives after `wanted()`
   * turned false (the dialog closed meanwhile) is destroyed; a failure calls `onError`.
   */
  async mount(provider: PaymentProvider, container: HTMLElement, options: PaymentFieldOptions, wanted: () => boolean, onError: () => void): Promise<void> {
    if (this.pending) return;
    this.mounting = provider
      .mount(container, options)
      .then((field) => {
        if (wanted()) this.field = field;
        else field.destroy();
      })
      .catch(onError)
      .finally(() => (this.mounting = undefined));
    await this.mounting;
  }

  destroy(): void {
    this.field?.destroy();
    this.field = undefined;
  }
}
