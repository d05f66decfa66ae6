import { describe, expect, it } from 'vitest';
import { sdkFunctions } from '../../scripts/docs/api-examples.js';
import { EXAMPLES } from './index.js';

const functions = sdkFunctions();

describe('the SDK API: doc comments and runnable examples', () => {
  it('gives every public function a doc comment', () => {
    expect(functions.length).toBeGreaterThan(80);
    expect(functions.filter((f) => !f.documented).map((f) => `${f.name} (${f.file})`)).toEqual([]);
  });

  it('gives every public function an example, and no example to a function that is not public', () => {
    const names = new Set(functions.map((f) => f.name));
    expect(functions.filter((f) => !EXAMPLES.has(f.name)).map((f) => f.name)).toEqual([]);
    expect([...EXAMPLES.keys()].filter((n) => !names.has(n))).toEqual([]);
  });

  for (const [name, run] of EXAMPLES) {
    it(`runs the example of ${name}`, async () => {
      await run();
    });
  }
});
