import type { Check } from '../../suite/run.js';
import type { ClientContext } from '../context.js';

/** Every body is in the encoding it declares (FSJC-ENV-009, FSJC-XML-007). */
export const encoding: Check<ClientContext> = {
  id: 'encoding',
  run(_test, ctx) {
    const bad = ctx.batches.filter((b) => b.read.issues.some((i) => i.code === 'parse.encoding' || i.code === 'xml.encodingMismatch'));
    if (!ctx.batches.length) return { outcome: 'fail', notes: [{ code: 'client.noBatches' }] };
    if (!bad.length) return { outcome: 'pass', notes: [{ code: 'client.encodingGood', params: { batches: ctx.batches.length } }] };
    return {
      outcome: 'fail',
      notes: bad.map((b) => ({ code: 'client.encodingWrong', params: { submission: b.submission, contentType: b.attempts[0].contentType ?? '', finding: b.read.issues.find((i) => i.code.includes('ncoding'))!.code } })),
      evidence: bad.map((b) => ({ submission: b.submission, head: b.attempts[0].body!.subarray(0, 120).toString('latin1') })),
    };
  },
};
