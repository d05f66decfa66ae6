import type { SuiteDef } from '../suite/types.js';

/**
 * The faults the kit injects into a client's submissions (FSJC-CONF-021), read from the suite:
 * a test's params name the fault it watches and the submission it hits, counted over distinct
 * batches (by the SM3 of their bytes) in the order they first arrive.
 */
export type Fault =
  | { kind: 'unavailable'; onSubmission: number; times: number; retryAfterSeconds: number }
  | { kind: 'drop'; onSubmission: number }
  | { kind: 'slow'; onSubmission: number; delayMs: number };

export function faultPlan(suite: SuiteDef): Fault[] {
  const plan: Fault[] = [];
  for (const g of suite.groups) for (const t of g.tests) {
    const f = t.params?.fault as Fault | undefined;
    if (!f) continue;
    if (!['unavailable', 'drop', 'slow'].includes(f.kind) || !Number.isInteger(f.onSubmission) || f.onSubmission < 1) throw new Error(`test ${t.id}: bad fault ${JSON.stringify(f)}`);
    if (plan.some((p) => p.onSubmission === f.onSubmission)) throw new Error(`test ${t.id}: submission ${f.onSubmission} already has a fault`);
    plan.push(f);
  }
  return plan;
}
