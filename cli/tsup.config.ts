import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { fsjc: 'src/fsjc.ts' },
  format: ['esm'],
  sourcemap: true,
  clean: true,
  target: 'node20',
  banner: { js: '#!/usr/bin/env node' },
  external: ['@fsjc/sdk', '@fsjc/core', '@fsjc/conformance', 'libxml2-wasm', 'echarts'],
});
