import { createRequire } from 'node:module';
import type * as Undici from 'undici';

let undici: typeof Undici | undefined;

/**
 * undici, loaded at its first use: loading it takes longer than loading the rest of the SDK, and
 * a vendor's `fsjc validate` never sends anything.
 */
export function loadUndici(): typeof Undici {
  // CommonJS bundle: no import.meta, but __filename
  return (undici ??= createRequire(import.meta.url ?? __filename)('undici') as typeof Undici);
}
