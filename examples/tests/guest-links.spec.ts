/** The practice's public pages: a guest link to pay a bill (pay.html), without a session. */
import { expect, test } from './fixtures.js';

test('Pay your bill: a guest link pays after the date of birth; the token is in no request URL; the link again says used; an expired link says so', async ({ page, portico }) => {
  const requests: { url: string; referer: string }[] = [];
  page.on('request', (request) => requests.push({ url: request.url(), referer: request.headers()['referer'] ?? '' }));
  const token = 'hl-guest-pay-dob-0001';
  // A fresh browser context, no session: the link as a text message would open it.
  await page.goto(`/pay.html#token=${token}`);
  const guest = page.locator('portico-guest');
  await expect(guest.getByRole('heading', { name: 'First, confirm it is you' })).toBeVisible({ timeout: 20_000 });
  expect(page.url(), 'the token is still in the address bar').not.toContain(token);
  // The example page prints the test link's date of birth for the visitor to type.
  const birthday = (await page.locator('.dob').first().innerText()).trim();
  await portico.run(async (t, birthday) => {
    const guest = await t.element(t.PorticoHarness, 'portico-guest');
    await guest.type('Your date of birth', birthday);
    await guest.click('Continue');
    const pay = await guest.findByRole('button', { name: /^Pay / });
    // The test provider's own card field (Stripe-like), in its own shadow root.
    await guest.type(await guest.findByRole('textbox', { name: 'Card number' }), '4242 4242 4242 4242');
    await guest.type(await guest.findByRole('textbox', { name: /Expiry/ }), '12 / 34');
    await guest.type(await guest.findByRole('textbox', { name: /Security code|CVC/ }), '123');
    await guest.click(pay);
  }, birthday);
  await expect(guest.getByRole('heading', { name: 'Payment received' })).toBeVisible();
  expect(requests.some((r) => new URL(r.url).pathname === '/api/guest/links/pay'), 'a payment request was seen').toBe(true);
  const leaked = requests.filter((r) => r.url.includes(token) || r.referer.includes(token)).map((r) => r.url);
  expect(leaked, 'requests carrying the token in a URL').toEqual([]);

  // The same link again (the mock lives as long as the page): used.
  await page.getByRole('link', { name: 'Pay a bill' }).first().click();
  await expect(guest.getByRole('heading', { name: 'This link has already been used' })).toBeVisible();
  await page.getByRole('link', { name: 'An expired link' }).click();
  await expect(guest.getByRole('heading', { name: 'This link has expired' })).toBeVisible();
  await expect(guest.getByRole('link', { name: '+1 555-0100' })).toBeVisible();
});
