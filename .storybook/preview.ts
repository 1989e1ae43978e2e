/// <reference types="vite/client" />
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
// A bare '@portico/elements' registers nothing in a build (its sideEffects list only the modules
// that register elements): the portal entry registers <portico-portal> and <portico-provider>;
// <portico-avatar> is shown on its own in its stories.
import '@portico/elements/portal';
import '../packages/elements/src/ui/avatar.js';
import { porticoLoader, withPortico } from '../stories/support/portico.js';
import { STORY_THEMES } from '../stories/support/themes.js';

// The manifest is generated (`npm run cem`) and git-ignored: a glob finds it when it exists
// and yields nothing otherwise, so the build works either way.
const manifests = import.meta.glob<unknown>('../packages/elements/custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(manifests)[0];
if (manifest) setCustomElementsManifest(manifest);

const preview: Preview = {
  loaders: [porticoLoader],
  decorators: [withPortico],
  globalTypes: {
    theme: {
      description: 'Portico theme: the practice default, dark, high contrast or another brand',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: Object.entries(STORY_THEMES).map(([value, { title }]) => ({ value, title })),
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Portico text and formatting locale',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English', right: 'en' },
          { value: 'es', title: 'Español', right: 'es' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'practice', locale: 'en' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    a11y: { test: 'error' },
    // A docs page renders all of a file's stories at once, but the page has one mock backend
    // and one locale: one story's faults (a request that never answers) or Spanish would hit
    // every other. Each story gets its own iframe there instead; the primitives, which need
    // no backend, opt back into inline rendering.
    docs: { story: { inline: false, height: '640px' } },
  },
};

export default preview;
