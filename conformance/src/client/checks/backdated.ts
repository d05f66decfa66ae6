import type { Check } from '../../suite/run.js';
import type { Note } from '../../suite/types.js';
import type { ClientContext } from '../context.js';

/** Fields that say when something happened; a later revision must not move them earlier. */
const WHEN = ['occurredAt', 'receivedAt', 'chargedAt', 'evaluatedAt', 'startedAt', 'observedAt', 'submittedAt'];

/**
 * No back-dating (FSJC-DATA-004, FSJC-SIG-119): a new revision of a record may correct it, but a
 * time of an event that moves earlier after it was first reported is what tampering looks like.
 */
export const backdated: Check<ClientContext> = {
  id: 'backdated',
  run(_test, ctx) {
    const seen = new Map<string, Record<string, unknown>>();
    const notes: Note[] = [];
    for (const b of ctx.batches) for (const r of b.read.records as Record<string, unknown>[]) {
      if (!r || typeof r.id !== 'string') continue;
      const key = `${r.recordType} ${r.id}`;
      const before = seen.get(key);
      if (before && Number(r.revision) > Number(before.revision)) {
        for (const f of WHEN) {
          const a = before[f];
          const c = r[f];
          if (typeof a === 'string' && typeof c === 'string' && Date.parse(c) < Date.parse(a)) {
            notes.push({ code: 'client.backdated', params: { record: r.id as string, field: f, from: a, to: c, revision: Number(r.revision) } });
          }
        }
      }
      if (!before || Number(r.revision) >= Number(before.revision)) seen.set(key, r);
    }
    return notes.length ? { outcome: 'fail', notes } : { outcome: 'pass', notes: [{ code: 'client.noBackdating', params: { records: seen.size } }] };
  },
};
