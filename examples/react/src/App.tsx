import type { PortalAdapter } from '@portico/core';
import '@portico/elements/portal'; // registers <portico-portal> (views load on first visit)
import '@portico/elements/react'; // JSX types for every <portico-…> element
import type { PorticoTheme } from '@portico/elements';
import { useState } from 'react';

/** Two brands the host can switch between at run time. */
const themes = {
  harbor: { tokens: { 'color-primary': '#1f6f78' } },
  sunset: { tokens: { 'color-primary': '#a3361f' }, density: 'compact' },
} satisfies Record<string, PorticoTheme>;

export function App({ adapter }: { adapter: PortalAdapter }) {
  const [brand, setBrand] = useState<keyof typeof themes>('harbor');
  const [clientId, setClientId] = useState<string>();
  const [view, setView] = useState<string>();

  return (
    <main>
      <h1>Harbor Lane Therapy — client portal</h1>
      <p>
        <button type="button" onClick={() => setBrand(brand === 'harbor' ? 'sunset' : 'harbor')}>
          Switch to the {brand === 'harbor' ? 'sunset' : 'harbor'} theme
        </button>
      </p>
      <p role="status">
        Theme: {brand}. Session: {clientId ? `client ${clientId}` : 'loading'}. View: {view ?? 'none yet'}.
      </p>
      <portico-portal
        adapter={adapter}
        theme={themes[brand]}
        routing="none"
        onportico-session-loaded={(event) => setClientId(event.detail.clientId)}
        onportico-navigate={(event) => setView(event.detail.view)}
      />
    </main>
  );
}
