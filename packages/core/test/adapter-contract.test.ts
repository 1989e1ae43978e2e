/** The adapter contract suite, run by the REST adapter against the mock backend in Chromium. */
import { describeAdapterContract } from '@portico/core/testing';
import { DEMO_CREDENTIALS, DEMO_INVITATION_TOKEN, guestContractLinks } from '@portico/mock';
import { CLIENT_OF, mock, restAdapter } from './helpers.js';

describeAdapterContract('REST adapter × mock backend', async () => {
  const backend = await mock();
  return {
    adapterFor: (user) => restAdapter(() => backend.tokenFor(user)),
    clientIdFor: (user) => CLIENT_OF[user],
    adapterForToken: (token) => restAdapter(() => token),
    credentials: { email: DEMO_CREDENTIALS.client.email, password: DEMO_CREDENTIALS.client.password },
    // reset() before every test makes the demo invitation unused again.
    invitationToken: () => DEMO_INVITATION_TOKEN,
    paymentTokens: { succeeds: 'tok_visa', declines: 'tok_chargeDeclined', requiresAction: 'tok_threeDSecure', confirms: 'tok_visa' },
    guestLinks: guestContractLinks(() => backend.db.data),
    baseUrl: backend.baseUrl,
    reset: () => backend.reset(),
    declineRequest: (requestId, reason) => void backend.declineRequest(requestId, reason),
  };
});
