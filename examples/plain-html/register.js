// Demo only: an in-browser mock backend stands in for the practice's server. A real site only
// loads portico-auth.js, which registers <portico-registration>.
import { startMockBackend } from './mock/portico-mock.js';

const backend = await startMockBackend({ baseUrl: '/api', serviceWorkerUrl: '/mockServiceWorker.js', quiet: true });
if (new URLSearchParams(location.search).has('probe')) window.porticoMock = backend;

// Loaded after the mock is listening, so the element's first request reaches it.
await import('./portico/portico-auth.js');
