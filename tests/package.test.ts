import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const require = createRequire(import.meta.url);
const VALID = path.join(ROOT, 'examples/valid/03-immediate-business-licence.json');

describe('@fsjc/sdk as vendors get it', () => {
  it('loads as an ES module and validates', async () => {
    const sdk = await import(path.join(ROOT, 'sdk/dist/index.js'));
    const report = await sdk.validateFiles([VALID]);
    expect(report.valid).toBe(true);
  });

  it('loads as CommonJS and validates, XML included', async () => {
    const sdk = require(path.join(ROOT, 'sdk/dist/index.cjs'));
    expect((await sdk.validateFiles([VALID])).valid).toBe(true);
    const xml = sdk.batchToXml(JSON.parse(fs.readFileSync(VALID, 'utf8')));
    const report = await sdk.validateBatch(xml, { name: 'batch.xml', xsd: true });
    expect(report.groups.filter((g: any) => g.severity === 'critical' || g.severity === 'error')).toEqual([]);
  });

  it('ships type declarations for both', () => {
    for (const f of ['index.d.ts', 'index.d.cts']) expect(fs.existsSync(path.join(ROOT, 'sdk/dist', f)), f).toBe(true);
  });

  it('stays light: no native modules and no server code among its dependencies', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'sdk/package.json'), 'utf8'));
    for (const dep of Object.keys(pkg.dependencies ?? {})) {
      const dir = path.dirname(require.resolve(`${dep}/package.json`, { paths: [path.join(ROOT, 'sdk')] }));
      const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
      expect(fs.existsSync(path.join(dir, 'binding.gyp')) || manifest.gypfile === true, `${dep} is native`).toBe(false);
      // an HTTP client (undici, for the upload client) is fine; servers and databases are not
      expect(['fastify', 'express', 'pg', 'better-sqlite3', 'kysely']).not.toContain(dep);
    }
  });
});
