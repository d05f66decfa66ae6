/**
 * Runnable examples of the SDK's public functions: each is published on the documentation site
 * beside the API docs, and a test runs every one (its assertions are the expected results).
 */
import fs from 'node:fs';
import path from 'node:path';

export const EXAMPLES = new Map<string, () => unknown>();

/** Registers the example of one exported function. */
export function example(name: string, run: () => unknown): void {
  if (EXAMPLES.has(name)) throw new Error(`two examples of ${name}`);
  EXAMPLES.set(name, run);
}

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
/** A file of the repository's examples/ folder. */
export const sample = (name: string) => path.join(ROOT, 'examples/valid', name);
export const sampleBatch = (name = '04-promised-food-business-licence.json') => JSON.parse(fs.readFileSync(sample(name), 'utf8'));
