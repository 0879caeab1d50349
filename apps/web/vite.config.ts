import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Built from the repo root with `npx vite build --config apps/web/vite.config.ts`; the API serves dist/web at '/'.
const REPO_ROOT = resolve(__dirname, '..', '..');

export default defineConfig({
  root: __dirname,
  base: '/',
  plugins: [react()],
  resolve: {
    // The web may depend on graph-types only (layer:ui); it is read from source like the other workspaces.
    alias: { '@policygraph/graph-types': resolve(REPO_ROOT, 'libs/graph-types/src/index.ts') },
  },
  build: {
    outDir: resolve(REPO_ROOT, 'dist', 'web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  server: {
    // `npx vite --config apps/web/vite.config.ts` during development: GraphQL goes to a locally running API.
    proxy: { '/graphql': process.env['POLICYGRAPH_API'] ?? 'http://127.0.0.1:3000', '/health': process.env['POLICYGRAPH_API'] ?? 'http://127.0.0.1:3000' },
  },
});
