import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // On a busy machine (tests in parallel) slow CSS transforms are no news; keep the output quiet.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  // `npm run dev:web` next to `npm start`: the dev server forwards the API to the real server.
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
