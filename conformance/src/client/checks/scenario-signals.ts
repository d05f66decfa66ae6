import type { Check } from '../../suite/run.js';
import { judgedSignals, signalDifferences } from '../../scenarios/index.js';
import { incompleteCases, type ClientContext } from '../context.js';

/**
 * L4 for one scenario (FSJC-CONF-022): the signals the reference core derives from the system's
 * records equal the scenario's. Needs the scenario's data in full; without it there is nothing to
 * judge, and the tests that found why have failed already.
 */
export const scenarioSignals: Check<ClientContext> = {
  id: 'scenario-signals',
  async run(test, ctx) {
    const scenario = ctx.session.scenarios.find((s) => s.id === test.scenario);
    if (!scenario) return { outcome: 'error', notes: [{ code: 'kit.crashed', params: { message: `no scenario ${test.scenario}` } }] };
    const cases = ctx.cases.get(scenario.id) ?? [];
    const incomplete = incompleteCases(cases);
    if (incomplete.length) return { outcome: 'skip', notes: [{ code: 'client.scenarioIncomplete', params: { scenario: scenario.id, cases: incomplete.map((c) => c.caseNumber).join(', ') } }] };
    const idOf = new Map(scenario.cases.map((c) => [c.id, cases.find((m) => m.ref === c.ref)!.caseId!]));
    const expected = scenario.expectedSignals.map((e) => ({ ...e, caseId: idOf.get(e.caseId)! }));
    const actual = judgedSignals(await ctx.session.signals(), [...idOf.values()]);
    const { missing, extra } = signalDifferences(expected, actual);
    const evidence = { expected, actual };
    if (!missing.length && !extra.length) return { outcome: 'pass', notes: [{ code: 'client.signalsAsExpected', params: { signals: expected.length } }], evidence };
    return {
      outcome: 'fail',
      notes: [
        ...missing.map((s) => ({ code: 'client.signalMissing', params: { caseId: s.caseId, rule: s.rule, level: s.level } })),
        ...extra.map((s) => ({ code: 'client.signalExtra', params: { caseId: s.caseId, rule: s.rule, level: s.level } })),
      ],
      evidence,
    };
  },
};
