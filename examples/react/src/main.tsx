// Demo only: the in-browser mock backend stands in for the practice's server. A real app
// creates the adapter with its own backend URL and token provider (see App.tsx).
import { createRestAdapter } from '@portico/core';
import { startMockBackend } from '@portico/mock';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

const backend = await startMockBackend({ user: 'client', baseUrl: '/api', serviceWorkerUrl: '/mockServiceWorker.js' });
// The token provider is part of the adapter, so the portal's first request already carries it.
const adapter = createRestAdapter({ baseUrl: backend.baseUrl, getAccessToken: () => backend.accessToken });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App adapter={adapter} />
  </StrictMode>,
);
