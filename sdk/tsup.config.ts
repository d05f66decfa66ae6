import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', 'record-worker': 'src/validation/parallel/record-worker.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  // libxml2-wasm is ESM with top-level await; it is loaded lazily with import() and stays external.
  external: ['libxml2-wasm'],
});
