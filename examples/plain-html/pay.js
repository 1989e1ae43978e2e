// Demo only: an in-browser mock backend stands in for the practice's server, with one-time links
// for every case (see the list on the page). A real site only loads portico-guest.js.
import { createTestPaymentProvider, startMockBackend } from './mock/portico-mock.js';

const backend = await startMockBackend({ baseUrl: '/api', serviceWorkerUrl: '/mockServiceWorker.js', quiet: true });
if (new URLSearchParams(location.search).has('probe')) window.porticoMock = backend;

// The demo client's date of birth, for the date-of-birth links (a real practice never shows it).
const birthday = backend.db.data.clients.find((c) => c.id === 'cl-avery')?.dateOfBirth;
for (const el of document.querySelectorAll('.dob')) el.textContent = birthday ?? '';

// Card payments go through a test provider that behaves like Stripe Elements in test mode.
document.getElementById('guest').paymentProvider = createTestPaymentProvider();

// Loaded after the mock is listening, so the element's first request reaches it.
await import('./portico/portico-guest.js');
