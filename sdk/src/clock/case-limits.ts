import type { CaseEvent, CaseRecord, Feedback, FsjcRecord, Item, Signal } from '../generated/types.js';
import { profile as findProfile } from '../profiles/index.js';
import type { Profile } from '../profiles/profile.js';
import { computeLimit, limitClock, type ClockSettings, type LimitClock, type Pause } from './limit.js';
import type { Limit } from './limit-types.js';
import { clockSettings } from './settings.js';
import { dayOf, formatDay, parseDay, parseInstant } from './time.js';

/** The limits a case can have (FSJC-CLK-010). */
export type LimitKind = 'ACCEPTANCE' | 'STATUTORY' | 'PROMISED' | 'INITIAL_REVIEW' | 'CERTIFICATE' | 'STAGE' | 'SUPERVISION';

/** Where the value of a limit came from (FSJC-DATA-020, FSJC-CLK-012). */
export type LimitSource = 'CASE' | 'ITEM' | 'LAW' | 'PROFILE';

export interface CaseLimit extends LimitClock {
  kind: LimitKind;
  /** The requirement that defines this limit. */
  requirement: string;
  /** The limit before extensions. */
  base: Limit;
  source: LimitSource;
  /** The stage of a STAGE limit; the signal of a SUPERVISION limit. */
  stage?: string;
  signalId?: string;
  /** The records that start and stop the limit. */
  startedBy?: string;
  stoppedBy?: string;
  /** Statutory and promised limits that start at receipt because acceptance came too late (Art. 32, FSJC-CLK-011). */
  deemedAccepted?: boolean;
}

export interface CaseClock {
  caseId: string;
  asOf: number;
  limits: CaseLimit[];
  provisional: boolean;
  /** The item version that applies to the case (FSJC-DATA-020), when it is known. */
  item?: Item;
}

export interface CaseClockOptions {
  /** The profile whose calendar, office hours and clock settings apply; the default profile when omitted. */
  profile?: string;
  /** Settings instead of the profile's (e.g. a calendar with extra closures). */
  settings?: ClockSettings;
  /** The profile itself, when the caller has it (or has changed it). */
  profileData?: Profile;
  /** Only the limits of these kinds (and what they depend on), for callers that need no more: the scorer needs two. */
  kinds?: ReadonlySet<LimitKind>;
}

const NONE_SIGNALS: readonly Signal[] = [];

/** The law's decision limits when neither the case nor the item gives one (Art. 42, FSJC-CLK-012). */
const LAW_DECISION: Limit = { value: 20, unit: 'WORKING_DAY' };
const LAW_JOINT_DECISION: Limit = { value: 45, unit: 'WORKING_DAY' };
const ACCEPTANCE: Limit = { value: 5, unit: 'WORKING_DAY' };
const INITIAL_REVIEW: Limit = { value: 20, unit: 'WORKING_DAY' };
const CERTIFICATE: Limit = { value: 10, unit: 'WORKING_DAY' };

/** Events that end a case: after them no limit of the case runs on (FSJC-CLK-010). */
export const CASE_ENDS: ReadonlySet<string> = new Set(['NOT_ACCEPTED', 'CONCLUDED', 'WITHDRAWN', 'TERMINATED']);
const DECIDED_OR_END = new Set(['DECIDED', ...CASE_ENDS]);
const FORWARDED_OR_END = new Set(['FORWARDED', ...CASE_ENDS]);
const DELIVERED_OR_STOPPED = new Set(['CERTIFICATE_DELIVERED', 'WITHDRAWN', 'TERMINATED']);

/** Events that answer an application within the acceptance limit (Art. 32, FSJC-CLK-011). */
const ACCEPTANCE_ANSWERS = new Set(['ACCEPTED', 'NOT_ACCEPTED', 'SUPPLEMENT_NOTICE', 'DECIDED']);

/**
 * When each stage was completed among the events given (in time order): by the STAGE_COMPLETED that
 * names it, or by the event that completes it when none does (FSJC-CLK-016): RECEIVE by RECEIVED,
 * ACCEPT by ACCEPTED or NOT_ACCEPTED, CONCLUDE by CONCLUDED, ISSUE by CERTIFICATE_ISSUED.
 */
export function stageCompletions(events: readonly TimedEvent[]): ReadonlyMap<string, TimedEvent> {
  // the clock of a case and its stage rules ask about the same (never modified) list of events, one after the other
  if (events === lastEvents) return lastCompletions!;
  const out = new Map<string, TimedEvent>();
  // one pass: the named completions in order, and the first event of each kind that completes a stage by itself
  let received: TimedEvent | undefined;
  let accepted: TimedEvent | undefined;
  let concluded: TimedEvent | undefined;
  let issued: TimedEvent | undefined;
  for (const e of events) {
    const t = e.event.eventType;
    if (t === 'STAGE_COMPLETED') { if (e.event.stage && !out.has(e.event.stage)) out.set(e.event.stage, e); }
    else if (t === 'RECEIVED') received ??= e;
    else if (t === 'ACCEPTED' || t === 'NOT_ACCEPTED') accepted ??= e;
    else if (t === 'CONCLUDED') concluded ??= e;
    else if (t === 'CERTIFICATE_ISSUED') issued ??= e;
  }
  if (received && !out.has('RECEIVE')) out.set('RECEIVE', received);
  if (accepted && !out.has('ACCEPT')) out.set('ACCEPT', accepted);
  if (concluded && !out.has('CONCLUDE')) out.set('CONCLUDE', concluded);
  if (issued && !out.has('ISSUE')) out.set('ISSUE', issued);
  lastEvents = events;
  lastCompletions = out;
  return out;
}

let lastEvents: readonly TimedEvent[] | undefined;
let lastCompletions: ReadonlyMap<string, TimedEvent> | undefined;

/** The first of the events (in time order) of one of the types; a case has few events, so scan. */
function firstOf(events: readonly TimedEvent[], types: ReadonlySet<string>): TimedEvent | undefined {
  for (const e of events) if (types.has(e.event.eventType)) return e;
  return undefined;
}

function firstOfType(events: readonly TimedEvent[], type: string): TimedEvent | undefined {
  for (const e of events) if (e.event.eventType === type) return e;
  return undefined;
}

/** The latest revision of each record (FSJC-DATA-004). */
export function latest<T extends FsjcRecord>(records: readonly FsjcRecord[], type: T['recordType']): T[] {
  const byId = new Map<string, T>();
  for (const r of records) {
    if (r.recordType !== type) continue;
    const prev = byId.get(r.id);
    if (!prev || (r.revision ?? 1) >= (prev.revision ?? 1)) byId.set(r.id, r as T);
  }
  return [...byId.values()];
}

/** The item version that applies to a case (FSJC-DATA-020). */
export function itemFor(items: readonly Item[], c: CaseRecord, acceptedDay: string | number): Item | undefined {
  if (c.itemVersion) {
    for (const i of items) if (i.itemCode === c.itemCode && i.version === c.itemVersion) return i;
    return undefined;
  }
  if (items.length === 1 && items[0].itemCode === c.itemCode) {
    const from = items[0].validFrom;
    const day = typeof acceptedDay === 'number' ? acceptedDay : parseDay(acceptedDay);
    return !from || parseDay(from) <= day ? items[0] : undefined;
  }
  if (typeof acceptedDay === 'number') acceptedDay = formatDay(acceptedDay);
  const same = items.filter((i) => i.itemCode === c.itemCode);
  return same
    .filter((i) => !i.validFrom || i.validFrom <= acceptedDay)
    .sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? ''))
    .pop();
}

/** What the clock needs of one case: its records, latest revisions, events with parsed instants in time order. */
export interface CaseView {
  case: CaseRecord;
  events: readonly TimedEvent[];
  /** Revisions of the case's item (any order). */
  items: readonly Item[];
  /** Signals on the case and feedback on them, for SUPERVISION limits. */
  signals: readonly Signal[];
  feedback: readonly Feedback[];
  /** The case's `receivedAt` as an instant, where the holder of the view has read it already. */
  receivedAt?: number;
}

export interface TimedEvent {
  event: CaseEvent;
  at: number;
  /** When and by whom this revision was reported, where the caller knows (the monitoring engine does). */
  reportedAt?: number;
  reportedBy?: string;
  /** Every revision of the event, oldest first, when there is more than one. */
  revisions?: readonly TimedEvent[];
}

/** Orders events by time, then by identifier, so that ties never depend on input order. */
export function byTime(a: TimedEvent, b: TimedEvent): number {
  return timeOrder(a.at, a.event.id, b.at, b.event.id);
}

/** The order of byTime, from an event's instant and ID: by instant, then by ID. */
export function timeOrder(at: number, id: string, otherAt: number, otherId: string): number {
  return at - otherAt || (id < otherId ? -1 : id > otherId ? 1 : 0);
}

/** The view of one case within a set of records. */
export function caseView(records: readonly FsjcRecord[], caseId: string): CaseView {
  const c = latest<CaseRecord>(records, 'case').find((r) => r.id === caseId);
  if (!c) throw new RangeError(`no case record with id "${caseId}"`);
  return {
    case: c,
    events: latest<CaseEvent>(records, 'event').filter((e) => e.caseId === caseId)
      .map((event) => ({ event, at: parseInstant(event.occurredAt) })).sort(byTime),
    items: latest<Item>(records, 'item').filter((i) => i.itemCode === c.itemCode),
    signals: latest<Signal>(records, 'signal').filter((s) => s.caseId === caseId),
    feedback: latest<Feedback>(records, 'feedback'),
  };
}

/**
 * Every limit of one case as of an instant: a pure function of the records, the profile's calendar
 * and settings, and the as-of instant (FSJC-CLK-041). Events that occur after the as-of instant are
 * not known yet and are left out.
 */
export function caseClock(records: readonly FsjcRecord[], caseId: string, asOf: number, options: CaseClockOptions = {}): CaseClock {
  return caseLimits(caseView(records, caseId), asOf, options);
}

/** caseClock for a prepared view: what the monitoring engine calls for each case. */
export function caseLimits(view: CaseView, asOf: number, options: CaseClockOptions = {}): CaseClock {
  const p: Profile = options.profileData ?? findProfile(options.profile);
  const settings = options.settings ?? clockSettings({ profile: p.name });
  const c = view.case;
  let events = view.events;
  if (events.length && events[events.length - 1].at > asOf) events = events.filter((e) => e.at <= asOf);
  // every question below is about the first event of some types (this runs for every case of a city: no closures, no maps)
  const ended = firstOf(events, CASE_ENDS);
  const limits: CaseLimit[] = [];
  const pauses = pausesOf(events);
  const kinds = options.kinds;

  // acceptance: 5 working days from receipt to the acceptance decision or the supplement notice (Art. 32)
  const received = firstOfType(events, 'RECEIVED');
  let acceptanceLate = false;
  let notAccepted = false;
  for (const e of events) {
    if (e.event.eventType === 'NOT_ACCEPTED') { notAccepted = true; break; }
  }
  if (received) {
    let answer: TimedEvent | undefined;
    for (const e of events) if (ACCEPTANCE_ANSWERS.has(e.event.eventType) || CASE_ENDS.has(e.event.eventType)) { answer = e; break; }
    const a = addLimit(limits, settings, asOf, 'ACCEPTANCE', 'FSJC-CLK-011', ACCEPTANCE, 'LAW', received.at, received.event.id, answer, NONE, NONE);
    acceptanceLate = a.dueAt !== undefined && (answer ? answer.at > a.dueAt : asOf > a.dueAt) &&
      !(answer && answer.event.eventType === 'NOT_ACCEPTED');
  }
  if (notAccepted) return finish(view, asOf, p, settings, limits, undefined, !kinds || kinds.has('SUPERVISION'));

  // the start of the statutory and promised limits (FSJC-DATA-026): acceptance, or receipt when acceptance is deemed (Art. 32)
  const deemed = received !== undefined && acceptanceLate;
  const start = deemed ? received : firstOfType(events, 'ACCEPTED') ?? received;
  if (!start) return finish(view, asOf, p, settings, limits, undefined, !kinds || kinds.has('SUPERVISION'));
  const item = itemFor(view.items as Item[], c, dayOf(start.at));
  let extensions: Limit[] = NONE;
  for (const e of events) {
    if (e.event.eventType === 'EXTENSION_APPROVED' && e.event.extension) (extensions === NONE ? (extensions = []) : extensions).push(e.event.extension);
  }

  // statutory: to the decision (Art. 42), from the case snapshot, the item, or the law
  const joint = c.handlingMode === 'JOINT' || c.caseType === 'JOINT';
  const statutory = c.statutoryLimit ?? (item ? item.statutoryLimit : joint ? LAW_JOINT_DECISION : LAW_DECISION);
  const statutorySource: LimitSource = c.statutoryLimit ? 'CASE' : item ? 'ITEM' : 'LAW';
  const decided = firstOfType(events, 'DECIDED');
  addLimit(limits, settings, asOf, 'STATUTORY', 'FSJC-CLK-012', statutory, statutorySource, start.at, start.event.id, firstOf(events, DECIDED_OR_END), extensions, pauses, deemed);

  // promised: to the conclusion
  const promised = c.promisedLimit ?? item?.promisedLimit;
  if (c.promisedLimit || item) {
    addLimit(limits, settings, asOf, 'PROMISED', 'FSJC-CLK-013', promised!, c.promisedLimit ? 'CASE' : 'ITEM', start.at, start.event.id, ended,
      p.clock.extendPromisedLimit ? extensions : NONE, pauses, deemed);
  }

  // lower-level initial review: to forwarding (Art. 43)
  if (c.caseType === 'REFERRED' && (!kinds || kinds.has('INITIAL_REVIEW'))) {
    addLimit(limits, settings, asOf, 'INITIAL_REVIEW', 'FSJC-CLK-014', INITIAL_REVIEW, 'LAW', start.at, start.event.id, firstOf(events, FORWARDED_OR_END), NONE, pauses, deemed);
  }

  // certificate: issued and delivered within 10 working days of a decision to grant (Art. 44)
  if (decided && decided.event.decision === 'GRANTED' && (!kinds || kinds.has('CERTIFICATE'))) {
    addLimit(limits, settings, asOf, 'CERTIFICATE', 'FSJC-CLK-015', CERTIFICATE, 'LAW', decided.at, decided.event.id, firstOf(events, DELIVERED_OR_STOPPED), NONE, NONE);
  }

  // stage budgets from the item: each stage from the previous one's completion (FSJC-CLK-016)
  if (item && (!kinds || kinds.has('STAGE'))) {
    const completed = stageCompletions(events);
    const stages = item.stages;
    let startAt = received ? received.at : start.at;
    let startId = received ? received.event.id : start.event.id;
    for (let i = 0; i < stages.length; i++) {
      const d = completed.get(stages[i].stage);
      if (!d) {
        // a stage passed over (a later one is complete) has no clock; otherwise this is the current stage
        let later = false;
        for (let j = i + 1; j < stages.length && !later; j++) later = completed.get(stages[j].stage) !== undefined;
        if (later) continue;
        if (ended) break;
      }
      const own = !!d?.event.startedAt;
      addLimit(limits, settings, asOf, 'STAGE', 'FSJC-CLK-016', stages[i].budget, 'ITEM', own ? parseInstant(d!.event.startedAt!) : startAt, own ? d!.event.id : startId,
        d, NONE, pauses, false, stages[i].stage);
      if (!d) break;
      startAt = d.at;
      startId = d.event.id;
    }
  }

  return finish(view, asOf, p, settings, limits, item, !kinds || kinds.has('SUPERVISION'));
}

const NONE: never[] = [];

/** Pauses: special procedures and supplements, each closed by the event that names it, or by the next closing event of its kind (FSJC-DATA-029, FSJC-CLK-021). */
function pausesOf(events: readonly TimedEvent[]): Pause[] {
  let pauses: Pause[] = NONE;
  let opened: Map<string, { start: TimedEvent; closes: string }> | undefined;
  for (const e of events) {
    const t = e.event.eventType;
    if (t === 'SUSPENSION_STARTED') (opened ??= new Map()).set(e.event.id, { start: e, closes: 'SUSPENSION_ENDED' });
    else if (t === 'SUPPLEMENT_NOTICE') (opened ??= new Map()).set(e.event.id, { start: e, closes: 'SUPPLEMENT_RECEIVED' });
    else if ((t === 'SUSPENSION_ENDED' || t === 'SUPPLEMENT_RECEIVED') && opened) {
      const named = e.event.suspensionEventId && opened.get(e.event.suspensionEventId);
      const match = named && named.closes === t ? e.event.suspensionEventId! : [...opened.entries()].find(([, o]) => o.closes === t)?.[0];
      if (match) {
        (pauses === NONE ? (pauses = []) : pauses).push({ start: opened.get(match)!.start.at, end: e.at });
        opened.delete(match);
      }
    }
  }
  if (opened) for (const o of opened.values()) (pauses === NONE ? (pauses = []) : pauses).push({ start: o.start.at });
  return pauses;
}

/** Computes one limit of the case and adds it. */
function addLimit(limits: CaseLimit[], settings: ClockSettings, asOf: number, kind: LimitKind, requirement: string, base: Limit, source: LimitSource,
  startAt: number, startedBy: string | undefined, stop: TimedEvent | undefined, extensions: readonly Limit[], pauses: readonly Pause[],
  deemed = false, stage?: string): CaseLimit {
  const clock = limitClock(startAt, base, extensions, pauses, stop?.at, asOf, settings) as CaseLimit;
  // the clock's result is fresh: complete it in place rather than copy it
  clock.kind = kind;
  clock.requirement = requirement;
  clock.base = base;
  clock.source = source;
  if (deemed) clock.deemedAccepted = true;
  if (kind === 'STAGE') clock.stage = stage;
  if (startedBy) clock.startedBy = startedBy;
  if (stop && clock.state === 'STOPPED') clock.stoppedBy = stop.event.id;
  limits.push(clock);
  return clock;
}

/** The supervision limits (feedback due after a yellow card, FSJC-CLK-017), then the clock. */
function finish(view: CaseView, asOf: number, p: Profile, settings: ClockSettings, limits: CaseLimit[], item: Item | undefined, supervision: boolean): CaseClock {
  const caseId = view.case.id;
  const feedback = view.feedback;
  for (const s of supervision ? view.signals : NONE_SIGNALS) {
    if (s.caseId !== caseId || s.level !== 'YELLOW_CARD') continue;
    const opened = parseInstant(s.openedAt);
    if (opened > asOf) continue;
    const answers = feedback.filter((f) => f.signalId === s.id).map((f) => ({ f, at: parseInstant(f.submittedAt) }))
      .sort((a, b) => a.at - b.at);
    const answer = answers[0];
    const clock = computeLimit({ start: opened, limit: p.clock.supervisionLimit, stop: answer?.at, asOf }, settings);
    limits.push({
      kind: 'SUPERVISION', requirement: 'FSJC-CLK-017', base: p.clock.supervisionLimit, source: 'PROFILE', ...clock,
      signalId: s.id, startedBy: s.id, ...(answer && clock.state === 'STOPPED' ? { stoppedBy: answer.f.id } : {}),
    });
  }
  let provisional = false;
  for (const l of limits) if (l.provisional) { provisional = true; break; }
  return item ? { caseId, asOf, limits, provisional, item } : { caseId, asOf, limits, provisional };
}
