import type { Check } from '../../suite/run.js';
import type { ClientContext } from '../context.js';

/**
 * Every scenario was attempted: its case numbers appear in some request body. The bytes are searched
 * as they are, so a batch in an encoding the kit cannot read still counts as sent (FSJC-CONF-020).
 */
export const scenariosSent: Check<ClientContext> = {
  id: 'scenarios-sent',
  run(_test, ctx) {
    const bodies = ctx.batches.map((b) => b.attempts[0].body!);
    const unsent = ctx.session.scenarios.filter((s) => !s.cases.every((c) => bodies.some((b) => b.includes(c.caseNumber))));
    if (!unsent.length) return { outcome: 'pass', notes: [{ code: 'client.allScenariosSent', params: { scenarios: ctx.session.scenarios.length } }] };
    return { outcome: 'fail', notes: unsent.map((s) => ({ code: 'client.scenarioNotSent', params: { scenario: s.id, cases: s.cases.map((c) => c.caseNumber).join(', ') } })) };
  },
};
