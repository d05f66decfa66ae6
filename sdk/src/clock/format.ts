import type { CaseLimit } from './case-limits.js';
import { formatDay, formatInstant } from './time.js';

/**
 * A limit of a case as exchanged (FSJC-CLK-042): days as YYYY-MM-DD, instants with +08:00, no last
 * day written as null. What `fsjc clock case --format json` prints and the clock vectors compare.
 */
export function caseLimitRecord(l: CaseLimit): Record<string, unknown> {
  return {
    kind: l.kind, ...(l.stage ? { stage: l.stage } : {}), ...(l.signalId ? { signalId: l.signalId } : {}),
    requirement: l.requirement, source: l.source, base: l.base, limit: l.limit,
    start: formatInstant(l.start), lastDay: l.lastDay === undefined ? null : formatDay(l.lastDay),
    dueAt: l.dueAt === undefined ? null : formatInstant(l.dueAt),
    state: l.state, measure: l.measure, elapsed: l.elapsed, remaining: l.remaining,
    ...(l.stoppedAt !== undefined ? { stoppedAt: formatInstant(l.stoppedAt), met: l.met } : {}),
    ...(l.suspendedSince !== undefined ? { suspendedSince: formatInstant(l.suspendedSince) } : {}),
    ...(l.deemedAccepted ? { deemedAccepted: true } : {}),
    provisional: l.provisional,
  };
}
