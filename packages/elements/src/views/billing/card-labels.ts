/** How saved cards read, shared by the pay dialog and the saved-cards list. */
import { msg, str } from '@lit/localize';
import type { PaymentMethod } from '@portico/core';

const BRANDS: Record<string, string> = { visa: 'Visa', mastercard: 'Mastercard', amex: 'American Express', discover: 'Discover' };

export function brandName(brand: string): string {
  return BRANDS[brand.toLowerCase()] ?? brand.charAt(0).toUpperCase() + brand.slice(1);
}

export function cardLabel(method: PaymentMethod): string {
  return msg(str`${brandName(method.brand)} ending ${method.last4}`);
}

export function cardExpiry(method: PaymentMethod): string {
  return msg(str`Expires ${String(method.expMonth).padStart(2, '0')}/${method.expYear}`);
}
