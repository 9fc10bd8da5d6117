import { defineConfig } from 'vite';

/**
 * The browser app. `npm start` and `npm test` build it into apps/web/dist, which the API serves at
 * `/` (see apps/api/web/serve-web-app.ts). `npm run web:dev` runs Vite's dev server against an API on
 * VANGRAIL_API (default http://127.0.0.1:3000).
 */
const api = process.env.VANGRAIL_API ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: __dirname,
  base: '/',
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      onwarn(warning, warn) {
        // React Server Components markers in client libraries: meaningless in a browser-only app.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && /use client/.test(warning.message)) return;
        warn(warning);
      },
    },
  },
  server: {
    host: '127.0.0.1',
    proxy: { '/graphql': api, '/web-api': api, '/themes': api },
  },
});
