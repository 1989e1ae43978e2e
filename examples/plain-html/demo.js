// Demo only: an in-browser mock backend stands in for the practice's server. A real site
// skips this file and gives the portal a token provider from its own sign-in.
import { createTestPaymentProvider, startMockBackend } from './mock/portico-mock.js';

const roles = ['client', 'guardian', 'payer'];
const query = new URLSearchParams(location.search);
const asked = query.get('as');
const user = roles.includes(asked) ? asked : 'client';
// Probing flags (scripts/test-probe.mjs, scripts/test-chaos.mjs): `?hostile=vectors` or
// `?hostile=long` fills every text and URL field with hostile strings; `?probe` hands the mock's
// controls (faults, db) to the page as `window.porticoMock`.
const hostile = ['vectors', 'long'].includes(query.get('hostile')) ? query.get('hostile') : undefined;

const backend = await startMockBackend({ user, baseUrl: '/api', serviceWorkerUrl: '/mockServiceWorker.js', quiet: true, ...(hostile ? { hostile } : {}) });
if (query.has('probe')) window.porticoMock = backend;
const portal = document.getElementById('portal');
portal.getAccessToken = () => backend.accessToken;
// Card payments go through a test provider that behaves like Stripe Elements in test mode:
// pay with 4242 4242 4242 4242, any future expiry and any CVC.
portal.paymentProvider = createTestPaymentProvider();

// The documented snippet is a plain <script type="module" src=".../portico.js">; the demo
// loads it after the mock is listening so the portal's first request reaches the mock.
await import('./portico/portico.js');
