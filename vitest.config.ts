import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: {
    alias: {
      '@fsjc/sdk': fileURLToPath(new URL('./sdk/src/index.ts', import.meta.url)),
      '@fsjc/conformance': fileURLToPath(new URL('./conformance/src/index.ts', import.meta.url)),
      '@fsjc/core': fileURLToPath(new URL('./core/src/index.ts', import.meta.url)),
    },
  },
  test: {
    include: ['**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
