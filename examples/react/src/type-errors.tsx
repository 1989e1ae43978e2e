// Compiled by `npm run typecheck` but never rendered: each line below must FAIL to typecheck.
// If the generated types stop catching one of them, tsc reports the unused @ts-expect-error.
import '@portico/elements/react';

export const wrongPropertyType = (
  // @ts-expect-error -- theme is a PorticoTheme object, not a number
  <portico-portal theme={42} />
);

export const madeUpDetailField = (
  <portico-portal
    // @ts-expect-error -- portico-client-changed's detail has clientId, not patientName
    onportico-client-changed={(event) => event.detail.patientName}
  />
);

export const madeUpElement = (
  // @ts-expect-error -- only Portico's registered tags are declared
  <portico-nonexistent />
);

export const wrongAttributeType = (
  // @ts-expect-error -- routing is 'hash' | 'none'
  <portico-portal routing="sometimes" />
);
