// Issue #10.13: any brand colour a practice sets, in light and dark, keeps text readable on
// every view. axe's colour-contrast rule is run on each view the client can open.
import { expect } from '@open-wc/testing';
import type { ColorSchemeChoice } from '../../src/theme/index.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { deepQuery, mockBackend, renderPortal, waitFor } from '../helpers/portal-harness.js';

/** Light, dark, saturated and mid tones, including the two the issue names. */
const BRAND_COLOURS = [
  '#1f6f8b', // the seed practice's teal (3.13:1 on the dark surface before the fix)
  '#ffe066', // light yellow (1.3:1 links before the fix)
  '#ffffff',
  '#000000',
  '#ff0000',
  '#00ff00',
  '#0000ff',
  '#ff00ff',
  '#7fffd4',
  '#5b2a86',
  '#e0823d',
  '#808080',
];
const SCHEMES: ColorSchemeChoice[] = ['light', 'dark'];

describe('brand colours keep contrast on every view (#10.13)', () => {
  beforeEach(async () => {
    (await mockBackend()).reset();
  });

  for (const scheme of SCHEMES) {
    for (const primary of BRAND_COLOURS) {
      it(`${primary} in ${scheme}: axe finds no colour-contrast failure`, async function () {
        const backend = await mockBackend();
        backend.db.data.organisation.branding.primaryColor = primary;
        const portal = await renderPortal({ user: 'client' });
        portal.portal.theme = { colorScheme: scheme };
        await portal.portal.updateComplete;
        const visited: string[] = [];
        for (const label of portal.menu()) {
          await portal.open(label);
          await waitFor(() => portal.currentLabel() === label, { message: `${label} to be current` });
          // The portal's own loading panel shows while the view's code loads: wait past it, then
          // until no part of the view is still loading.
          const view = await waitFor(() => {
            const shown = portal.view();
            return shown && shown.localName !== 'portico-state-loading' ? shown : null;
          }, { message: `the ${label} view` });
          await waitFor(() => view.shadowRoot && view.shadowRoot.childElementCount > 0 && !deepQuery(view.shadowRoot, 'portico-state-loading'), { message: `${label} to load` });
          await expectNoAxeViolations(portal.portal, { only: ['color-contrast'] }).catch((error: Error) => {
            throw new Error(`${label}: ${error.message}`);
          });
          visited.push(label);
        }
        expect(visited.length).to.be.greaterThan(5);
      });
    }
  }
});
