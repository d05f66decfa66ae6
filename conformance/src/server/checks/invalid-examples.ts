import type { Note } from '../../suite/types.js';
import { invalidCases, kitKey, MEDIA_TYPES, reEnvelopeCase } from '../batches.js';
import { expectProblem, problemCodes, serverCheck } from '../check.js';

/**
 * The invalid public cases of one severity (FSJC-CONF-007, FSJC-API-003, FSJC-API-020): each is
 * refused (4xx) with a problem body giving the finding code it demonstrates. Cases are sent under
 * the kit's header where they have one it can read; the rest as published, reading them is the fault.
 */
export const invalidExamplesCheck = serverCheck('invalid-examples', async (test, ctx, http) => {
  const severity = String(test.params?.severity ?? 'critical');
  // where the standard names an API code in place of a finding, e.g. api.dtdForbidden for a DOCTYPE the centre must not parse (FSJC-API-022)
  const equivalent = (test.params?.equivalent ?? {}) as Record<string, string>;
  const failures: Note[] = [];
  const cases = invalidCases(ctx, severity);
  const results: { case: string; status: number; codes: string[] }[] = [];
  const wrong = new Set<number>();
  for (const c of cases) {
    const before = failures.length;
    const sequenceNumber = ctx.nextSequence();
    const body = reEnvelopeCase(c, ctx.sender, sequenceNumber, kitKey(ctx.sender, sequenceNumber)) ?? c.bytes;
    const a = await http.send('POST', '/v1/batches', { token: ctx.token, body, contentType: MEDIA_TYPES[c.form] });
    const codes = problemCodes(a);
    results.push({ case: c.name, status: a.status, codes });
    if (a.status < 400 || a.status >= 500) failures.push({ code: 'server.caseNotRefused', params: { case: c.name, status: a.status } });
    else expectProblem(a, failures);
    if (a.status >= 400 && a.status < 500 && !codes.includes(c.expect.code) && !codes.includes(equivalent[c.expect.code])) failures.push({ code: 'server.caseCodeMissing', params: { case: c.name, code: c.expect.code, codes: codes.join(', ') || '-' } });
    if (failures.length > before) wrong.add(results.length - 1);
  }
  // forty answers would bury the evidence: the exchanges of the cases that went wrong, and what each got
  const kept = http.log.filter((_x, i) => wrong.has(i));
  http.log.splice(0, http.log.length, ...kept);
  return { failures, passed: { code: 'server.casesRefused', params: { count: cases.length, severity } }, evidence: { cases: results } };
});
