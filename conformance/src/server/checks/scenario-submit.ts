import { createBatch, formatInstant } from '@fsjc/sdk';
import { loadScenarios, resolveScenarios, type ResolvedScenario } from '../../scenarios/index.js';
import type { Note } from '../../suite/types.js';
import { kitKey, MEDIA_TYPES } from '../batches.js';
import { problemCodes, serverCheck } from '../check.js';
import { KitProblem } from '../context.js';

/** The scenarios as submitted, for the signal tests that follow. */
export interface SubmittedScenarios {
  resolved: ResolvedScenario[];
  /** When the last one was accepted (the kit's clock, milliseconds). */
  at: number;
}

export const SUBMITTED = 'scenarios';

/**
 * The test scenarios resolved for today (FSJC-CONF-020), each in a batch of its own from the kit's
 * system, are accepted: the centre has the data it is to derive the expected signals from.
 */
export const scenarioSubmit = serverCheck('scenario-submit', async (_test, ctx, http) => {
  // without a token that may read signals the scenarios cannot be judged: say so before sending anything
  if (!ctx.readerToken) throw new KitProblem({ code: 'server.noReaderToken' });
  const failures: Note[] = [];
  const now = ctx.now();
  const resolved = resolveScenarios(loadScenarios(), { now, runId: ctx.runId });
  for (const s of resolved) {
    const sequenceNumber = ctx.nextSequence();
    const batch = createBatch({ ...ctx.sender, profile: ctx.profile }, { sequenceNumber, sentAt: formatInstant(now), idempotencyKey: kitKey(ctx.sender, sequenceNumber) }, s.records);
    const a = await http.send('POST', '/v1/batches', { token: ctx.token, body: JSON.stringify(batch), contentType: MEDIA_TYPES.json });
    if (a.status !== 201) failures.push({ code: 'server.scenarioRefused', params: { scenario: s.id, status: a.status, codes: problemCodes(a).join(', ') || '-' } });
  }
  ctx.shared.set(SUBMITTED, { resolved, at: ctx.now() } satisfies SubmittedScenarios);
  return { failures, passed: { code: 'server.scenariosSubmitted', params: { count: resolved.length, runId: ctx.runId } }, evidence: { scenarios: resolved.map((s) => ({ id: s.id, caseIds: s.caseIds })) } };
});
