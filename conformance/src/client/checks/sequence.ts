import type { Check } from '../../suite/run.js';
import type { Note } from '../../suite/types.js';
import type { ClientContext } from '../context.js';

/**
 * Sequence numbers (FSJC-ENV-004, FSJC-API-014): each new batch has a number above every earlier
 * one, and no number is used for two different batches.
 */
export const sequence: Check<ClientContext> = {
  id: 'sequence',
  run(_test, ctx) {
    const notes: Note[] = [];
    const used = new Map<number, number>();
    let highest = 0;
    for (const b of ctx.batches) {
      const n = Number(b.read.header?.sequenceNumber);
      if (!Number.isInteger(n)) continue;
      const other = used.get(n);
      if (other !== undefined) notes.push({ code: 'client.sequenceReused', params: { sequenceNumber: n, submission: b.submission, first: other } });
      else if (n <= highest) notes.push({ code: 'client.sequenceNotIncreasing', params: { sequenceNumber: n, submission: b.submission, highest } });
      used.set(n, used.get(n) ?? b.submission);
      highest = Math.max(highest, n);
      if (b.attempts.some((x) => x.status === 409)) notes.push({ code: 'client.sequenceConflict', params: { sequenceNumber: n, submission: b.submission } });
    }
    if (!used.size) return { outcome: 'fail', notes: [{ code: 'client.noBatches' }] };
    return notes.length ? { outcome: 'fail', notes } : { outcome: 'pass', notes: [{ code: 'client.sequenceGood', params: { batches: used.size } }] };
  },
};
