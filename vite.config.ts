import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// One config builds the app and the bare-MapLibre floor page used by the
// benchmark, so both are bundled the same way.
export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
