import type { Check } from '../../suite/run.js';
import type { Note } from '../../suite/types.js';
import type { ClientContext } from '../context.js';
import type { Fault } from '../faults.js';

const TOLERANCE_MS = 100;

const PASSED: Record<Fault['kind'], string> = { unavailable: 'client.resentAfterUnavailable', drop: 'client.resentAfterDrop', slow: 'client.waitedForSlow' };

/**
 * Resending after an injected fault (FSJC-ENV-005, FSJC-API-070): the same bytes are sent again,
 * not before Retry-After and not in a tight loop, until the centre answers; and the batch is kept
 * once. The fault is the one in the test's params.
 */
export const resend: Check<ClientContext> = {
  id: 'resend',
  run(test, ctx) {
    const fault = test.params?.fault as Fault;
    const batch = ctx.batches.find((b) => b.submission === fault.onSubmission);
    if (!batch) return { outcome: 'fail', notes: [{ code: 'client.faultNotReached', params: { submission: fault.onSubmission, batches: ctx.batches.length } }] };
    const attempts = batch.attempts;
    const evidence = attempts.map((x) => ({ n: x.n, at: new Date(x.at).toISOString(), status: x.status ?? 'dropped', fault: x.fault, replayed: x.replayed }));
    const notes: Note[] = [];
    const faulted = attempts.filter((x) => x.fault === fault.kind);
    const lastFault = faulted.at(-1);
    if (!lastFault) return { outcome: 'error', notes: [{ code: 'kit.crashed', params: { message: `fault ${fault.kind} was not injected on submission ${fault.onSubmission}` } }], evidence };
    // any answer of the centre's own counts: whether it accepted the batch is other tests' business
    const answered = attempts.some((x) => x.status !== undefined && x.fault !== 'unavailable');
    if (fault.kind === 'slow') {
      // the slow answer may reach the client, or the client may give up and resend; either way it must end with a receipt
      if (!answered) notes.push({ code: 'client.noReceiptAfterSlow', params: { submission: fault.onSubmission } });
    } else {
      const after = attempts.filter((x) => x.n > lastFault.n);
      if (!after.length) notes.push({ code: fault.kind === 'drop' ? 'client.notResentAfterDrop' : 'client.notResentAfterUnavailable', params: { submission: fault.onSubmission, sequenceNumber: String(batch.read.header?.sequenceNumber ?? '') } });
      for (let i = 1; i < attempts.length; i++) {
        const gap = attempts[i].at - attempts[i - 1].at;
        const prev = attempts[i - 1];
        if (prev.fault === 'unavailable' && fault.kind === 'unavailable' && gap + TOLERANCE_MS < fault.retryAfterSeconds * 1000) {
          notes.push({ code: 'client.retryAfterIgnored', params: { gap, retryAfter: fault.retryAfterSeconds } });
        } else if (prev.fault && gap < TOLERANCE_MS) notes.push({ code: 'client.noBackoff', params: { gap } });
      }
      if (after.length && !answered) notes.push({ code: 'client.noReceiptAfterResend', params: { submission: fault.onSubmission } });
    }
    // committed once: one 201 at most, later answers are replays of it (FSJC-API-013)
    if (attempts.filter((x) => x.status === 201).length > 1) notes.push({ code: 'client.storedTwice', params: { submission: fault.onSubmission } });
    return notes.length ? { outcome: 'fail', notes, evidence } : { outcome: 'pass', notes: [{ code: PASSED[fault.kind], params: { attempts: attempts.length } }], evidence };
  },
};
