// Demo only: the in-browser mock backend stands in for the practice's server. A real app
// creates the adapter with its own backend URL and token provider (see App.vue).
import { createRestAdapter } from '@portico/core';
import { startMockBackend } from '@portico/mock';
import { createApp } from 'vue';
import App from './App.vue';

const backend = await startMockBackend({ user: 'client', baseUrl: '/api', serviceWorkerUrl: '/mockServiceWorker.js' });
// The token provider is part of the adapter, so the portal's first request already carries it.
const adapter = createRestAdapter({ baseUrl: backend.baseUrl, getAccessToken: () => backend.accessToken });

createApp(App, { adapter }).mount('#app');
