import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', 'validate-worker': 'src/ingest/validate-worker.ts', 'engine-worker': 'src/engine/engine-worker.ts' },
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
});
