import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FSJC } from '../../tests/support/cli.js';

/** `fsjc serve --demo`, what the README's main command runs: the core on a fresh embedded database, fed live by a simulated city. */
describe('fsjc serve --demo', () => {
  it('starts, takes the simulated city\'s batches over HTTP, answers with its tokens, and cleans up on SIGTERM', async () => {
    if (!fs.existsSync(FSJC)) throw new Error('cli/dist/fsjc.js is missing: run `npm run build` first (npm test does)');
    const child = spawn(process.execPath, [FSJC, 'serve', '--demo', '--quiet', '--port', '0', '--speed', '200000', '--days', '3', '--cases-per-day', '30'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    const done = new Promise<void>((resolve, reject) => {
      child.stderr.on('data', (c) => {
        err += c;
        if (/has sent everything/.test(err)) resolve();
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${err}`)));
    });
    try {
      await done;
      const url = /monitoring core at (http:\/\/\S+) \(sqlite, (\S+)\)/.exec(err)!;
      const token = /city centre token\s+(\S+)/.exec(err)![1];
      expect(fs.existsSync(url[2])).toBe(true);
      const health = (await (await fetch(`${url[1]}/healthz`)).json()) as { logHead: number };
      expect(health.logHead).toBeGreaterThan(3);
      const cases = (await (await fetch(`${url[1]}/v1/cases?limit=5`, { headers: { authorization: `Bearer ${token}` } })).json()) as { items: unknown[] };
      expect(cases.items.length).toBe(5);
      expect(err).not.toMatch(/refused/);
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      expect(fs.existsSync(url[2])).toBe(false);
    } finally {
      child.kill('SIGKILL');
    }
  }, 60_000);
});
