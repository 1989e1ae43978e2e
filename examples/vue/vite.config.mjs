import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      // <portico-…> are custom elements, not Vue components.
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('portico-') } },
    }),
  ],
  // The in-browser mock (its data and MSW) makes the demo's main chunk large; a real app has no mock.
  build: { chunkSizeWarningLimit: 1024 },
});
