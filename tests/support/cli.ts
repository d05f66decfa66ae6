import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
export const FSJC = path.join(ROOT, 'cli/dist/fsjc.js');

/** Runs the built `fsjc` binary, as a user would. */
export function fsjc(args: string[], opts: { cwd?: string; input?: string } = {}) {
  if (!fs.existsSync(FSJC)) throw new Error('cli/dist/fsjc.js is missing: run `npm run build` first (npm test does)');
  const r = spawnSync(process.execPath, [FSJC, ...args], { cwd: opts.cwd ?? ROOT, input: opts.input, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(prefix = 'fsjc-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}
