import { judgedSignals, signalDifferences, type SignalLike } from '../../scenarios/index.js';
import type { Note } from '../../suite/types.js';
import { serverCheck } from '../check.js';
import { KitProblem, type ServerContext } from '../context.js';
import type { Exchanges } from '../http.js';
import { SUBMITTED, type SubmittedScenarios } from './scenario-submit.js';

const POLL_MS = 250;

/** Every signal the centre gives for a case, page by page, read with the reader's token. */
async function signalsOf(http: Exchanges, ctx: ServerContext, caseId: string): Promise<SignalLike[] | Note> {
  const out: SignalLike[] = [];
  for (let after: string | undefined; ;) {
    const a = await http.send('GET', `/v1/signals?caseId=${encodeURIComponent(caseId)}&limit=1000${after ? `&after=${encodeURIComponent(after)}` : ''}`, { token: ctx.readerToken, as: 'reader' });
    // the token given cannot read signals: the run was set up wrong, the centre is not at fault
    if (a.status === 401 || a.status === 403) throw new KitProblem({ code: 'server.readerRefused', params: { status: a.status } });
    const page = a.json as { items?: SignalLike[]; next?: string } | undefined;
    if (a.status !== 200 || !Array.isArray(page?.items)) return { code: 'server.signalsUnreadable', params: { request: a.request, status: a.status } };
    out.push(...page.items);
    if (!page.next) return out;
    after = page.next;
  }
}

/**
 * A scenario's signals (FSJC-CONF-022 via FSJC-API-050): the centre derives from the scenario's
 * records the signals the scenario expects, per case, rule and level, no more and no fewer (rules not
 * judged in scenarios and escalations aside). The centre works after the fact, so the kit asks until
 * they agree and have stayed so since the settling time, or the waiting time is over.
 */
export const scenarioSignals = serverCheck('scenario-signals', async (test, ctx, http) => {
  const submitted = ctx.shared.get(SUBMITTED) as SubmittedScenarios | undefined;
  if (!submitted) throw new KitProblem({ code: 'server.scenariosNotSubmitted' });
  const scenario = submitted.resolved.find((s) => s.id === test.scenario);
  if (!scenario) throw new KitProblem({ code: 'server.unknownScenario', params: { scenario: String(test.scenario) } });
  // both counted from the submission, so the scenarios share one wait instead of adding theirs up
  const settled = submitted.at + Number(test.params?.settleSeconds ?? 2) * 1000;
  const deadline = submitted.at + Number(test.params?.waitSeconds ?? 30) * 1000;
  const expected = scenario.expectedSignals;
  for (;;) {
    // the last round of questions is the evidence
    http.log.splice(0);
    const signals: SignalLike[] = [];
    for (const caseId of scenario.caseIds) {
      const got = await signalsOf(http, ctx, caseId);
      if (!Array.isArray(got)) return { failures: [got], passed: { code: 'server.signalsAsExpected' } };
      signals.push(...got);
    }
    const actual = judgedSignals(signals, scenario.caseIds);
    const { missing, extra } = signalDifferences(expected, actual);
    const evidence = { expected, actual };
    if (!missing.length && !extra.length && ctx.now() >= settled) {
      return { failures: [], passed: { code: 'server.signalsAsExpected', params: { scenario: scenario.id, signals: expected.length } }, evidence };
    }
    if (ctx.now() >= deadline) {
      const failures: Note[] = [
        ...missing.map((s) => ({ code: 'server.signalMissing', params: { ...s } })),
        ...extra.map((s) => ({ code: 'server.signalExtra', params: { ...s } })),
      ];
      return { failures, passed: { code: 'server.signalsAsExpected' }, evidence };
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
});
