import * as z from 'zod/mini';
import { Id, Instant, LocalDate, LocalTime, Money, named, Name } from './common.js';

export const InvoiceStatus = z.enum(['open', 'partially-paid', 'paid', 'overdue', 'void']);

export const InvoiceLine = named(
  'InvoiceLine',
  z.object({
    id: Id,
    serviceDate: LocalDate,
    description: z.string(),
    /** e.g. a CPT code; optional. */
    code: z.optional(z.string()),
    quantity: z.number().check(z.positive()),
    unitPrice: Money,
    amount: Money,
  }),
);

/** An invoice the practice chose to show (BILL-1): insurance claims or patient responsibility. */
export const Invoice = named(
  'Invoice',
  z.object({
    id: Id,
    number: z.string(),
    kind: z.enum(['insurance', 'patient']),
    status: InvoiceStatus,
    issuedOn: LocalDate,
    dueOn: LocalDate,
    total: Money,
    balance: Money,
    /** Present on the detail endpoint; list responses may omit lines. */
    lines: z.optional(z.array(InvoiceLine)),
    /** The PDF of the invoice. */
    pdfUrl: z.string(),
  }),
);

export const Payment = named(
  'Payment',
  z.object({
    id: Id,
    invoiceId: Id,
    invoiceNumber: z.string(),
    amount: Money,
    createdAt: Instant,
    status: z.enum(['succeeded', 'refunded']),
    methodLabel: z.string(),
    receiptNumber: z.string(),
    receiptUrl: z.string(),
  }),
);

/** A card saved with the payment provider; Portico only ever sees this summary. */
export const PaymentMethod = named(
  'PaymentMethod',
  z.object({
    id: Id,
    brand: z.string(),
    last4: z.string().check(z.regex(/^\d{4}$/)),
    expMonth: z.int().check(z.minimum(1), z.maximum(12)),
    expYear: z.int(),
    isDefault: z.boolean(),
  }),
);

/**
 * Pay an invoice with a one-time token from the payment provider's own card element, or with
 * a saved method — exactly one of the two (BILL-2). Card numbers never pass through Portico.
 * `saveMethod` only makes sense with a new card, so it only exists beside a token. The objects
 * are strict, so a body naming both a token and a saved method is refused rather than guessed.
 */
/** A card to save outside a payment: the provider's one-time token, never a card number. */
export const AddPaymentMethodInput = named('AddPaymentMethodInput', z.strictObject({ paymentToken: z.string().check(z.minLength(1)) }));

export const PayInvoiceInput = named(
  'PayInvoiceInput',
  z.union([
    z.strictObject({ amount: Money, paymentToken: z.string().check(z.minLength(1)), saveMethod: z.optional(z.boolean()) }),
    z.strictObject({ amount: Money, paymentMethodId: Id }),
  ]),
);

/** The outcome of a payment attempt; a decline is an answer, not an HTTP error. */
export const PaymentResult = named(
  'PaymentResult',
  z.discriminatedUnion('status', [
    z.object({ status: z.literal('succeeded'), payment: Payment, invoice: Invoice }),
    z.object({ status: z.literal('declined'), declineCode: z.string(), message: z.string() }),
    z.object({ status: z.literal('requires-action'), actionToken: z.string(), message: z.string() }),
  ]),
);

export const Payer = named(
  'Payer',
  z.object({ id: Id, name: z.string(), payerCode: z.optional(z.string()), phone: z.optional(z.string()) }),
);

export const InsurancePolicy = named(
  'InsurancePolicy',
  z.object({
    id: Id,
    payer: Payer,
    priority: z.enum(['primary', 'secondary', 'tertiary']),
    memberId: z.string(),
    groupNumber: z.optional(z.string()),
    subscriberName: z.string(),
    relationshipToSubscriber: z.enum(['self', 'spouse', 'child', 'other']),
    validFrom: LocalDate,
    validTo: z.optional(LocalDate),
    status: z.enum(['active', 'pending-verification', 'inactive']),
  }),
);

const insurancePolicyFields = {
  priority: z.enum(['primary', 'secondary', 'tertiary']),
  memberId: z.string().check(z.minLength(1)),
  groupNumber: z.optional(z.string()),
  subscriberName: z.string().check(z.minLength(1)),
  relationshipToSubscriber: z.enum(['self', 'spouse', 'child', 'other']),
  validFrom: LocalDate,
  validTo: z.optional(LocalDate),
};

/**
 * Coverage to add or update: with a payer from `insurance.listPayers` (`payerId`) or, when the
 * practice allows adding payers (`billing.addPayer`, BILL-3), a `newPayer` — exactly one of them.
 * A backend refuses `newPayer` with 403 `adding-payers-disabled` without that capability.
 */
export const InsurancePolicyInput = named(
  'InsurancePolicyInput',
  z.union([
    z.strictObject({ payerId: Id, ...insurancePolicyFields }),
    z.strictObject({
      newPayer: z.object({ name: z.string().check(z.minLength(1)), phone: z.optional(z.string()) }),
      ...insurancePolicyFields,
    }),
  ]),
);

export const Signature = named(
  'Signature',
  z.object({
    kind: z.enum(['typed', 'drawn']),
    signerName: z.string().check(z.minLength(1)),
    signedAt: Instant,
    /** For typed signatures, the typed text. */
    text: z.optional(z.string()),
    /** For drawn signatures, an SVG path list or PNG data URL of the strokes. */
    image: z.optional(z.string()),
  }),
);

/** Hours a provider reports for the client, for review and e-signature (BILL-4). */
export const Timesheet = named(
  'Timesheet',
  z.object({
    id: Id,
    providerName: Name,
    periodStart: LocalDate,
    periodEnd: LocalDate,
    entries: z.array(
      z.object({ date: LocalDate, start: LocalTime, end: LocalTime, service: z.string(), minutes: z.int() }),
    ),
    totalMinutes: z.int(),
    status: z.enum(['awaiting-signature', 'signed', 'disputed']),
    signature: z.nullable(Signature),
    disputeReason: z.optional(z.string()),
  }),
);

/** Sign the timesheet or say what is wrong with it; `decision` tells which, so a problem names its field. */
export const SignTimesheetInput = named(
  'SignTimesheetInput',
  z.discriminatedUnion('decision', [
    z.object({ decision: z.literal('sign'), signature: Signature }),
    z.object({ decision: z.literal('dispute'), reason: z.string().check(z.minLength(1)) }),
  ]),
);

export type Invoice = z.output<typeof Invoice>;
export type InvoiceLine = z.output<typeof InvoiceLine>;
export type Payment = z.output<typeof Payment>;
export type PaymentMethod = z.output<typeof PaymentMethod>;
export type PaymentResult = z.output<typeof PaymentResult>;
export type Payer = z.output<typeof Payer>;
export type InsurancePolicy = z.output<typeof InsurancePolicy>;
export type InsurancePolicyInput = z.output<typeof InsurancePolicyInput>;
export type PayInvoiceInput = z.output<typeof PayInvoiceInput>;
export type AddPaymentMethodInput = z.output<typeof AddPaymentMethodInput>;
export type Signature = z.output<typeof Signature>;
export type Timesheet = z.output<typeof Timesheet>;
