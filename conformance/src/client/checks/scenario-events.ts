import type { Check } from '../../suite/run.js';
import type { Note } from '../../suite/types.js';
import { missingEvents, type ClientContext } from '../context.js';

/**
 * Each scenario case the centre received carries every event the scenario has for it
 * (FSJC-CONF-023). Cases never received are the concern of the protocol tests, not this one.
 */
export const scenarioEvents: Check<ClientContext> = {
  id: 'scenario-events',
  run(_test, ctx) {
    const notes: Note[] = [];
    const evidence: unknown[] = [];
    let judged = 0;
    for (const [scenario, cases] of ctx.cases) for (const c of cases) {
      if (!c.caseId) continue;
      judged++;
      const missing = missingEvents(c.expectedEvents, c.heldEvents);
      if (missing.length) {
        notes.push({ code: 'client.eventsMissing', params: { scenario, caseNumber: c.caseNumber, events: missing.join(', ') } });
        evidence.push({ scenario, case: c.caseNumber, expected: c.expectedEvents, held: c.heldEvents });
      }
    }
    // no case was accepted: the tests of data, codes and protocol say why; this one cannot tell
    if (!judged) return { outcome: 'skip', notes: [{ code: 'client.noCasesReceived' }] };
    return notes.length ? { outcome: 'fail', notes, evidence } : { outcome: 'pass', notes: [{ code: 'client.eventsComplete', params: { cases: judged } }] };
  },
};
