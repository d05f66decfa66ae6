import type { Check } from '../../suite/run.js';
import type { Note } from '../../suite/types.js';
import type { ClientContext } from '../context.js';

/** Codes whose batch could not be read as declared: judged by the encoding test, not here. */
const UNREADABLE = ['parse.encoding', 'xml.encodingMismatch'];

const matches = (code: string, patterns: readonly string[]) => patterns.some((p) => (p.endsWith('*') ? code.startsWith(p.slice(0, -1)) : code === p));

/**
 * No finding of the given codes and severities in any batch the system sent (FSJC-CONF-006). The
 * suite says which codes belong to which test, so each fault shows in one place: params.codes
 * (patterns, `id.*`; default all), params.exclude, params.severities.
 */
export const findings: Check<ClientContext> = {
  id: 'findings',
  run(test, ctx) {
    const p = test.params ?? {};
    const codes = (p.codes as string[] | undefined) ?? ['*'];
    const exclude = [...((p.exclude as string[] | undefined) ?? []), ...UNREADABLE];
    const severities = (p.severities as string[] | undefined) ?? ['critical', 'error'];
    const notes: Note[] = [];
    const evidence: unknown[] = [];
    let judged = 0;
    for (const b of ctx.batches) {
      if (b.read.issues.some((i) => UNREADABLE.includes(i.code))) continue;
      judged++;
      const hits = b.read.issues.filter((i) => severities.includes(i.severity) && matches(i.code, codes) && !matches(i.code, exclude));
      for (const i of hits.slice(0, 5)) {
        notes.push({ code: 'client.finding', params: { submission: b.submission, finding: i.code, severity: i.severity, pointer: i.pointer ?? '', record: i.recordId ?? '' } });
      }
      if (hits.length) evidence.push({ submission: b.submission, sequenceNumber: b.read.header?.sequenceNumber, findings: hits.slice(0, 20).map((i) => ({ code: i.code, severity: i.severity, pointer: i.pointer, recordId: i.recordId, params: i.params })) });
    }
    // nothing readable: the encoding and sending tests say why; this one cannot tell
    if (!judged) return { outcome: 'skip', notes: [{ code: 'client.noReadableBatches' }] };
    return evidence.length ? { outcome: 'fail', notes, evidence } : { outcome: 'pass', notes: [{ code: 'client.noFindings', params: { batches: judged } }] };
  },
};
