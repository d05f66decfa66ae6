import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import type { SuiteDef } from './types.js';

/** Where the kit's data live: suites, scenarios (beside dist/ when installed, beside src/ here). */
export const KIT_DATA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), fs.existsSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../suites')) ? '..' : '../..');

const schema = JSON.parse(fs.readFileSync(path.join(KIT_DATA, 'suites/suite.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

/**
 * Checks a suite: its schema, unique test IDs, prerequisites that exist and come earlier, and
 * checks that the kit has. Returns the problems, none when the suite is sound.
 */
export function suiteProblems(suite: unknown, knownChecks?: ReadonlySet<string>): string[] {
  if (!validate(suite)) return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
  const s = suite as SuiteDef;
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const g of s.groups) {
    if (seen.has(g.id)) problems.push(`group ${g.id} appears twice`);
    seen.add(g.id);
    for (const t of g.tests) {
      if (seen.has(t.id)) problems.push(`test ${t.id} appears twice`);
      for (const r of t.requires ?? []) if (!seen.has(r)) problems.push(`test ${t.id} requires ${r}, which is not an earlier test`);
      if (knownChecks && !knownChecks.has(t.check)) problems.push(`test ${t.id} uses check ${t.check}, which the kit does not have`);
      seen.add(t.id);
    }
  }
  return problems;
}

/** Reads a suite by name (`client-v1`) or file; a suite that is not sound is refused with its problems. */
export function loadSuite(nameOrFile: string, knownChecks?: ReadonlySet<string>): SuiteDef {
  const file = fs.existsSync(nameOrFile) ? nameOrFile : path.join(KIT_DATA, 'suites', nameOrFile.replace(/-(v\d+)$/, '/$1').replace(/^([a-z]+)\/(v\d+)$/, '$2/$1') + '.json');
  if (!fs.existsSync(file)) throw new Error(`no suite ${nameOrFile} (${file})`);
  const suite = JSON.parse(fs.readFileSync(file, 'utf8'));
  const problems = suiteProblems(suite, knownChecks);
  if (problems.length) throw new Error(`suite ${file} is not sound:\n  ${problems.join('\n  ')}`);
  return suite as SuiteDef;
}
