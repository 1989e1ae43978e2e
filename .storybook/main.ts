/**
 * Storybook for Portico: stories in `stories/`, the elements compiled from source, the mock
 * backend's service worker served at the root.
 */
import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions, mergeConfig } from 'vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  // addon-vitest: the Storybook UI's test widget (run the stories as tests from `npm run storybook`);
  // `npm run test:stories` runs the same tests from the command line (vitest.config.ts).
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // MSW's worker must be served from the root so its scope covers the preview iframe.
  // The stories' own files (an avatar photo) beside it.
  staticDirs: [{ from: '../packages/mock/public', to: '/' }, { from: '../stories/support/static', to: '/' }],
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    return mergeConfig(viteConfig, {
      resolve: {
        // Workspace packages export `source` (their TypeScript); the browser defaults keep
        // msw on its browser build.
        conditions: ['source', ...defaultClientConditions],
      },
      // Vite 8 transforms TypeScript with oxc. Lit's decorators here are TypeScript's legacy
      // (`experimentalDecorators`), and `useDefineForClassFields: false` needs both options
      // below, or class fields would shadow the reactive accessors the decorators install.
      oxc: {
        decorator: { legacy: true },
        typescript: { removeClassFieldsWithoutInitializer: true },
        assumptions: { setPublicClassFields: true },
      },
      // One Lit. Storybook's web-components renderer reaches the preview as files, not through the
      // pre-bundled `@storybook/web-components-vite`, and imports `lit/directive-helpers.js`, which
      // nothing else imports; without pre-bundling it too, Vite serves it (and the lit-html under
      // it) from node_modules beside the pre-bundled copy: "Multiple versions of Lit loaded".
      optimizeDeps: { include: ['lit/directive-helpers.js'] },
      build: { chunkSizeWarningLimit: 2048 },
    });
  },
};

export default config;
