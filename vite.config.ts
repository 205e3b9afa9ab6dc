import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// One config for the client build (dist/client, with index.html as the template the server fills)
// and the SSR build of web/entry-server.tsx (dist/server). `vite` alone serves the client with the
// API proxied to a locally running server, for UI work without SSR.
export default defineConfig({
  plugins: [react()],
  publicDir: 'web/public',
  build: {
    sourcemap: true,
    emptyOutDir: true,
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000' },
  },
});
