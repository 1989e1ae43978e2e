import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The in-browser mock (its data and MSW) makes the demo's main chunk large; a real app has no mock.
export default defineConfig({ plugins: [react()], build: { chunkSizeWarningLimit: 1024 } });
