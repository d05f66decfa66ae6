import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { KIT_DATA } from '../suite/load.js';
import type { Scenario } from './types.js';

export type { Scenario, ResolvedScenario, ResolvedCase, ExpectedSignal } from './types.js';
export { resolveScenarios, relativeInstant, newRunId, IGNORED_RULES, type ResolveOptions } from './resolve.js';

const SCENARIOS = path.join(KIT_DATA, 'scenarios');
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(fs.readFileSync(path.join(SCENARIOS, 'scenario.schema.json'), 'utf8')));

/** The scenarios of a suite version, in file-name order; a file that breaks the scenario schema is refused. */
export function loadScenarios(version = 'v1'): Scenario[] {
  const dir = path.join(SCENARIOS, version);
  return fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => {
    const s = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
    if (!validate(s)) throw new Error(`scenario ${f} is not sound: ${(validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ')}`);
    return s as Scenario;
  });
}
export { judgedSignals, signalDifferences, type SignalKey, type SignalLike } from './compare.js';
