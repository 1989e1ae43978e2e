/**
 * A payment provider for the demo, stories and tests that behaves like a real one (Stripe
 * Elements in test mode): it mounts its own card form in its own shadow root, so the page
 * around it never reads the card number; it checks the card and answers with the token the
 * mock backend understands; and it shows its own 3-D Secure step when the bank asks for one.
 *
 * ```ts
 * billing.paymentProvider = createTestPaymentProvider();
 * ```
 * Cards: `4242 4242 4242 4242` succeeds, `4000 0000 0000 0002` is declined,
 * `4000 0027 6000 3184` needs confirmation; any future expiry and any 3-digit CVC.
 */
import type { MountedPaymentField, PaymentConfirmationResult, PaymentFieldOptions, PaymentProvider, PaymentTokenResult } from '@portico/core';
import { checkCard, type CardField, type CardProblem } from './test-cards.js';

type Text = Record<'number' | 'expiry' | 'expiryHint' | 'cvc' | 'legend' | CardProblem | 'challengeHeading' | 'challengeBody' | 'complete' | 'fail' | 'failed' | 'testMode', string>;

const TEXT: Record<'en' | 'es', Text> = {
  en: {
    legend: 'Card details', number: 'Card number', expiry: 'Expiry date', expiryHint: 'MM / YY', cvc: 'Security code (CVC)',
    'number-incomplete': 'Your card number is incomplete.', 'number-invalid': 'Your card number is invalid.',
    'number-not-test': 'This is test mode: use a test card such as 4242 4242 4242 4242.',
    'expiry-invalid': 'Enter the expiry date as MM / YY.', 'expiry-past': 'Your card has expired.', 'cvc-invalid': 'Your security code is incomplete.',
    challengeHeading: 'Confirm this payment with your bank', challengeBody: 'Test bank: approve or fail the authentication of {amount}.',
    complete: 'Complete authentication', fail: 'Fail authentication', failed: 'Your bank could not confirm this payment.', testMode: 'Test mode — no real card is charged.',
  },
  es: {
    legend: 'Datos de la tarjeta', number: 'Número de tarjeta', expiry: 'Fecha de vencimiento', expiryHint: 'MM / AA', cvc: 'Código de seguridad (CVC)',
    'number-incomplete': 'El número de tarjeta está incompleto.', 'number-invalid': 'El número de tarjeta no es válido.',
    'number-not-test': 'Modo de prueba: use una tarjeta de prueba como 4242 4242 4242 4242.',
    'expiry-invalid': 'Escriba la fecha de vencimiento como MM / AA.', 'expiry-past': 'Su tarjeta está vencida.', 'cvc-invalid': 'El código de seguridad está incompleto.',
    challengeHeading: 'Confirme este pago con su banco', challengeBody: 'Banco de prueba: apruebe o rechace la autenticación de {amount}.',
    complete: 'Completar la autenticación', fail: 'Rechazar la autenticación', failed: 'Su banco no pudo confirmar este pago.', testMode: 'Modo de prueba: no se cobra ninguna tarjeta real.',
  },
};

const STYLES = `
  :host { display: block; font: inherit; color: inherit; }
  fieldset { display: grid; gap: 0.75rem; margin: 0; padding: 0.75rem; border: 1px solid #7d8796; border-radius: 8px; }
  legend { padding: 0 0.25rem; font-weight: 600; }
  .row { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 8rem), 1fr)); gap: 0.75rem; }
  label { display: grid; gap: 0.25rem; font-size: 0.875rem; font-weight: 600; }
  input { font: inherit; padding: 0.5rem; min-height: 2.5rem; border: 1px solid #7d8796; border-radius: 4px; background: Field; color: FieldText; width: 100%; box-sizing: border-box; }
  input:focus-visible, button:focus-visible { outline: 2px solid light-dark(#1d4ed8, #8fb3ff); outline-offset: 2px; }
  input[aria-invalid='true'] { border-color: light-dark(#b42318, #ff9b8f); }
  .error { margin: 0; color: light-dark(#b42318, #ff9b8f); font-size: 0.875rem; font-weight: 400; }
  .error:empty { display: none; }
  .note { margin: 0; font-size: 0.8rem; font-style: italic; }
  .challenge { display: grid; gap: 0.5rem; margin-top: 0.75rem; padding: 0.75rem; border: 2px solid #2453c9; border-radius: 8px; }
  .challenge h3 { margin: 0; font-size: 1rem; }
  .challenge p { margin: 0; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; }
  button { font: inherit; font-weight: 600; min-height: 2.5rem; padding: 0.4rem 0.9rem; border-radius: 8px; border: 1px solid #7d8796; background: ButtonFace; color: ButtonText; cursor: pointer; }
  button.primary { background: #2453c9; border-color: #2453c9; color: #fff; }
  @media (forced-colors: active) { button.primary { background: ButtonFace; color: ButtonText; border-color: ButtonText; } }
`;

let sheet: CSSStyleSheet | undefined;
let counter = 0;

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(doc.createElement(tag), props);
  node.append(...children);
  return node;
}

function formatAmount(options: PaymentFieldOptions): string {
  const formatter = new Intl.NumberFormat(options.locale, { style: 'currency', currency: options.amount.currency });
  return formatter.format(options.amount.amount / 10 ** (formatter.resolvedOptions().maximumFractionDigits ?? 2));
}

class TestCardField implements MountedPaymentField {
  private readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly inputs: Record<CardField, HTMLInputElement>;
  private readonly errors: Record<CardField, HTMLParagraphElement>;
  private readonly text: Text;

  private attempts = 0;

  constructor(
    container: HTMLElement,
    private readonly options: PaymentFieldOptions,
    private readonly providerOptions: TestPaymentProviderOptions = {},
  ) {
    const doc = container.ownerDocument;
    this.text = TEXT[options.locale.toLowerCase().startsWith('es') ? 'es' : 'en'];
    const id = `portico-test-card-${++counter}`;
    this.host = el(doc, 'div', { className: 'portico-test-card-field' });
    this.host.setAttribute('data-provider', 'test');
    this.root = this.host.attachShadow({ mode: 'open' });
    sheet ??= new CSSStyleSheet();
    if (sheet.cssRules.length === 0) sheet.replaceSync(STYLES);
    this.root.adoptedStyleSheets = [sheet];
    const field = (name: CardField, label: string, attrs: Partial<HTMLInputElement>): HTMLLabelElement => {
      const input = el(doc, 'input', { id: `${id}-${name}`, name, ...attrs });
      const error = el(doc, 'p', { id: `${id}-${name}-error`, className: 'error' });
      error.setAttribute('aria-live', 'polite');
      input.setAttribute('aria-describedby', error.id);
      input.addEventListener('input', () => this.clear(name));
      this.inputs[name] = input;
      this.errors[name] = error;
      return el(doc, 'label', {}, label, input, error);
    };
    this.inputs = {} as Record<CardField, HTMLInputElement>;
    this.errors = {} as Record<CardField, HTMLParagraphElement>;
    const t = this.text;
    const number = field('number', t.number, { inputMode: 'numeric', autocomplete: 'cc-number', placeholder: '1234 1234 1234 1234' });
    const expiry = field('expiry', t.expiry, { inputMode: 'numeric', autocomplete: 'cc-exp', placeholder: t.expiryHint });
    const cvc = field('cvc', t.cvc, { inputMode: 'numeric', autocomplete: 'cc-csc', placeholder: '123', maxLength: 4 });
    this.root.append(el(doc, 'fieldset', {}, el(doc, 'legend', {}, t.legend), number, el(doc, 'div', { className: 'row' }, expiry, cvc), el(doc, 'p', { className: 'note' }, t.testMode)));
    container.append(this.host);
  }

  async tokenize(): Promise<PaymentTokenResult> {
    const result = checkCard({ number: this.inputs.number.value, expiry: this.inputs.expiry.value, cvc: this.inputs.cvc.value });
    if ('token' in result) {
      // Real providers issue a new single-use token per attempt (`tok_visa__2`, …).
      return { token: this.providerOptions.freshTokens ? `${result.token}__${++this.attempts}` : result.token };
    }
    let first: CardField | undefined;
    for (const name of ['number', 'expiry', 'cvc'] as const) {
      const problem = result.problems[name];
      if (!problem) continue;
      first ??= name;
      this.inputs[name].setAttribute('aria-invalid', 'true');
      this.errors[name].textContent = this.text[problem];
    }
    this.inputs[first!].focus();
    return { error: this.text[result.problems[first!]!] };
  }

  confirm(_actionToken: string): Promise<PaymentConfirmationResult> {
    const doc = this.host.ownerDocument;
    const t = this.text;
    this.root.querySelector('.challenge')?.remove();
    return new Promise((resolve) => {
      const heading = el(doc, 'h3', { id: `${this.host.id || 'challenge'}-heading`, tabIndex: -1 }, t.challengeHeading);
      const complete = el(doc, 'button', { type: 'button', className: 'primary' }, t.complete);
      const fail = el(doc, 'button', { type: 'button' }, t.fail);
      const panel = el(doc, 'section', { className: 'challenge' }, heading, el(doc, 'p', {}, t.challengeBody.replace('{amount}', formatAmount(this.options))), el(doc, 'div', { className: 'actions' }, complete, fail));
      panel.setAttribute('role', 'group');
      panel.setAttribute('aria-label', t.challengeHeading);
      const finish = (result: PaymentConfirmationResult): void => {
        panel.remove();
        resolve(result);
      };
      complete.addEventListener('click', () => finish({ confirmationToken: `tok_3ds_ok_${Date.now().toString(36)}` }));
      fail.addEventListener('click', () => finish({ error: t.failed }));
      this.root.append(panel);
      complete.focus();
    });
  }

  destroy(): void {
    this.host.remove();
  }

  private clear(name: CardField): void {
    this.inputs[name].removeAttribute('aria-invalid');
    this.errors[name].textContent = '';
  }
}

export interface TestPaymentProviderOptions {
  /**
   * Issue a fresh single-use token for every `tokenize()` (`tok_visa__1`, `tok_visa__2`…), as
   * real providers do, instead of the same test token for the same card. The mock backend reads
   * the part before `__`.
   */
  freshTokens?: boolean;
}

/** A provider with Stripe's test-mode behaviour, over the mock backend's test tokens. */
export function createTestPaymentProvider(providerOptions: TestPaymentProviderOptions = {}): PaymentProvider {
  return {
    id: 'test',
    label: 'Test payments',
    mount: async (container, options) => new TestCardField(container, options, providerOptions),
  };
}
