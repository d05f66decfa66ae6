import { CASE_ENDS, caseLimits, type CaseLimit, type CaseView, type LimitKind, type TimedEvent } from '../clock/case-limits.js';
import type { ClockSettings } from '../clock/limit.js';
import { dayOf, parseInstant } from '../clock/time.js';
import type { Profile } from '../profiles/profile.js';
import type { CaseSet } from './method-data.js';
import type { Period } from './period.js';

/** The case sets as bits of a mask (FSJC-SCO-005). CONCLUDED_EARLY is decided per indicator, from `remaining`. */
export const SET_BIT: Readonly<Record<Exclude<CaseSet, 'CONCLUDED_EARLY'>, number>> = {
  CONCLUDED: 1, CONCLUDED_WITH_LIMIT: 2, CONCLUDED_ON_TIME: 4, CONCLUDED_LATE: 8, OPEN_OVERDUE: 16,
  IMMEDIATE_CONCLUDED: 32, IMMEDIATE_SAME_DAY: 64, RECEIVED: 128, RECEIVED_ONLINE: 256, COMPLETE_TRAIL: 512,
};
/** The sets whose cases make up a subject's case count (FSJC-SCO-009). */
export const COUNTED = SET_BIT.RECEIVED | SET_BIT.CONCLUDED | SET_BIT.OPEN_OVERDUE;

/** What the scorer needs of one case in one period. */
export interface CaseFact {
  mask: number;
  /** Counting days left when the governing limit stopped (office time as a fraction of working days for limits in hours). */
  remainingDays?: number;
  /** Share of the governing limit used, in millionths, rounded half up (FSJC-SCO-103). */
  usedShare?: number;
  unitId: string;
  regionCode: string;
  postIds: readonly string[];
}

const GOVERNING: ReadonlySet<LimitKind> = new Set(['PROMISED', 'STATUTORY']);

/**
 * The facts of a case for a period, as of the last instant of the period (or `asOf`, when earlier):
 * which case sets it belongs to, and how its governing limit (promised, else statutory) ended.
 * Returns undefined for a case the period does not concern (received later, or ended before it).
 */
export function caseFact(view: CaseView, period: Period, asOf: number, profile: Profile, settings: ClockSettings, receivedAt = view.receivedAt ?? parseInstant(view.case.receivedAt)): CaseFact | undefined {
  const c = view.case;
  const last = Math.min(period.end - 1, asOf);
  if (receivedAt > last) return undefined;
  let concluded: TimedEvent | undefined;
  let ended: TimedEvent | undefined;
  // the first RECEIVED, ACCEPTED and DECIDED, for the event trail (FSJC-SCO-109)
  let receivedEvent = Infinity;
  let acceptedEvent = Infinity;
  let decidedEvent = Infinity;
  const events = view.events;
  let known = 0; // events up to the last instant: the view is in time order
  for (; known < events.length && events[known].at <= last; known++) {
    const e = events[known];
    const t = e.event.eventType;
    if (t === 'RECEIVED') receivedEvent = Math.min(receivedEvent, e.at);
    else if (t === 'ACCEPTED') acceptedEvent = Math.min(acceptedEvent, e.at);
    else if (t === 'DECIDED') decidedEvent = Math.min(decidedEvent, e.at);
    else if (t === 'CONCLUDED') {
      concluded ??= e;
      ended ??= e;
    } else if (!ended && CASE_ENDS.has(t)) ended = e;
  }
  let mask = 0;
  if (receivedAt >= period.start) {
    mask |= SET_BIT.RECEIVED;
    if (c.online === true) mask |= SET_BIT.RECEIVED_ONLINE;
  }
  const concludedInPeriod = concluded !== undefined && concluded.at >= period.start;
  if (ended && ended.at < period.start && !mask) return undefined;
  const fact: CaseFact = { mask, unitId: c.handlingUnitId, regionCode: c.regionCode, postIds: postsOf(events, known) };
  const open = !ended;
  if (!concludedInPeriod && !open) return mask ? fact : undefined;

  const clock = caseLimits(view, last, { profileData: profile, settings, kinds: GOVERNING });
  const governing = pick(clock.limits);
  if (concludedInPeriod) {
    mask |= SET_BIT.CONCLUDED;
    const at = concluded!.at;
    if (receivedEvent <= at && acceptedEvent <= at && decidedEvent <= at) mask |= SET_BIT.COMPLETE_TRAIL;
    if (c.caseType === 'IMMEDIATE') {
      mask |= SET_BIT.IMMEDIATE_CONCLUDED;
      if (dayOf(receivedEvent === Infinity ? receivedAt : receivedEvent) === dayOf(at)) mask |= SET_BIT.IMMEDIATE_SAME_DAY;
    } else if (governing && governing.limit.value > 0 && governing.met !== undefined) {
      mask |= SET_BIT.CONCLUDED_WITH_LIMIT | (governing.met ? SET_BIT.CONCLUDED_ON_TIME : SET_BIT.CONCLUDED_LATE);
      const perDay = governing.measure === 'MINUTE' ? settings.office.perDay / 60_000 : 1;
      fact.remainingDays = (governing.remaining ?? 0) / perDay;
      const size = governing.measure === 'MINUTE' && governing.limit.unit === 'WORKING_HOUR' ? governing.limit.value * 60 : governing.limit.value;
      fact.usedShare = Math.round(((governing.elapsed ?? 0) * 1_000_000) / size);
    }
  } else if (governing?.state === 'OVERDUE') {
    mask |= SET_BIT.OPEN_OVERDUE;
  }
  fact.mask = mask;
  return mask ? fact : undefined;
}

/** The limit a case is measured by: its promised limit, else its statutory one (FSJC-SCO-101). */
function pick(limits: readonly CaseLimit[]): CaseLimit | undefined {
  let statutory: CaseLimit | undefined;
  for (const l of limits) {
    if (l.kind === 'PROMISED') return l;
    if (l.kind === 'STATUTORY') statutory = l;
  }
  return statutory;
}

function postsOf(events: readonly TimedEvent[], known: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < known; i++) {
    const p = events[i].event.postId;
    if (p && !out.includes(p)) out.push(p);
  }
  return out;
}

/**
 * Visits the first report of each event of the case that occurred in the period, where the
 * reporting time is known: a report that came after the period still counts, as late, for the
 * period of the event (FSJC-SCO-108).
 */
export function eachReport(view: CaseView, period: Period, asOf: number, visit: (e: TimedEvent['event'], lagMs: number) => void): void {
  const last = Math.min(period.end - 1, asOf);
  for (const e of view.events) {
    const first = e.revisions?.[0] ?? e;
    if (first.at < period.start || first.at > last || first.reportedAt === undefined) continue;
    visit(e.event, first.reportedAt - first.at);
  }
}

