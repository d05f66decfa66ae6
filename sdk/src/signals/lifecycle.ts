import { computeLimit } from '../clock/limit.js';
import { formatInstant, parseInstant } from '../clock/time.js';
import type { Signal } from '../generated/types.js';
import type { Finding } from './finding.js';
import { findingSignalId } from './finding-id.js';
import type { WorldContext } from './rule.js';
import type { RuleSet, SignalLevel } from './rules-data.js';

/** A notification the core is to deliver (FSJC-SIG-005): who, how, which template, about what. */
export interface NotificationIntent {
  signalId: string;
  at: string;
  level: SignalLevel;
  unitId: string;
  contactId?: string;
  role: 'WARNING_CONTACT' | 'LEADER';
  channel: 'SMS' | 'EMAIL' | 'PLATFORM';
  template: string;
}

export interface Lifecycle {
  signals: Signal[];
  notifications: NotificationIntent[];
  /** The next instant at which the signal's state changes by time alone (a feedback deadline). */
  next?: number;
}

const UNIT_FEEDBACK = new Set(['EXPLANATION', 'RECTIFICATION']);

/**
 * The life of the signal a finding raises, as of the instant (FSJC-SIG-004): notified on opening;
 * for levels that need feedback, the unit's feedback is due within the supervision limit, the
 * supervisor accepts (closed), returns (due again) or escalates; a missed deadline escalates by
 * itself, a yellow card to a red card that names it.
 */
export function lifecycle(f: Finding, ctx: WorldContext, rules: RuleSet, escalatedFrom?: string): Lifecycle {
  const id = escalatedFrom ? `${escalatedFrom}:ESC` : findingSignalId(f);
  const contact = ctx.world.warningContact(f.unitId);
  const out: Lifecycle = { signals: [], notifications: [] };
  const notify = (at: number) => {
    const to: { c: typeof contact; role: NotificationIntent['role'] }[] = [{ c: contact, role: 'WARNING_CONTACT' }];
    if (f.level === 'RED_CARD') to.push({ c: ctx.world.leader(f.unitId), role: 'LEADER' });
    for (const { c, role } of to) {
      if (!c && role === 'LEADER') continue;
      out.notifications.push({
        signalId: id, at: formatInstant(at), level: f.level, unitId: f.unitId, ...(c ? { contactId: c.id } : {}), role,
        channel: c?.mobile ? 'SMS' : c?.email ? 'EMAIL' : 'PLATFORM', template: f.rule.messageCode,
      });
    }
  };
  notify(f.openedAt);

  const base: Signal = {
    recordType: 'signal', id, ruleId: f.rule.id, level: f.level, status: 'NOTIFIED',
    ...(f.caseId ? { caseId: f.caseId } : {}), unitId: f.unitId, ...(contact ? { contactId: contact.id } : {}),
    openedAt: formatInstant(f.openedAt), messageCode: f.rule.messageCode,
    ...(escalatedFrom ? { escalatedFromId: escalatedFrom } : {}),
    evidence: f.evidence.map((e) => (e.value && e.value.length > 500 ? { ...e, value: e.value.slice(0, 500) } : e)),
  };
  const feedback = ctx.world.feedbackOn(id)
    .map((fb) => ({ fb, at: parseInstant(fb.submittedAt) }))
    .filter((x) => x.at <= ctx.asOf && x.at >= f.openedAt);

  if (!rules.feedback.levels.includes(f.level)) {
    // informative signals: closed when their condition ends or a supervisor accepts them
    const accepted = feedback.find((x) => x.fb.kind === 'SUPERVISOR_ACCEPTED');
    const closedAt = Math.min(f.endedAt ?? Infinity, accepted?.at ?? Infinity);
    if (closedAt <= ctx.asOf) out.signals.push({ ...base, status: 'CLOSED', closedAt: formatInstant(closedAt) });
    else out.signals.push({ ...base, status: contact ? 'NOTIFIED' : 'OPEN' });
    return out;
  }

  const dueFrom = (at: number) => computeLimit({ start: at, limit: ctx.profile.clock.supervisionLimit }, ctx.settings).dueAt!;
  let status: Signal['status'] = 'NOTIFIED';
  let due = dueFrom(f.openedAt);
  let at: number | undefined;
  for (const { fb, at: t } of feedback) {
    if (status === 'NOTIFIED' && t > due) break; // the deadline passed first
    if (UNIT_FEEDBACK.has(fb.kind) && status === 'NOTIFIED') { status = 'FEEDBACK_RECEIVED'; at = t; }
    else if (fb.kind === 'SUPERVISOR_ACCEPTED') { status = 'CLOSED'; at = t; break; }
    else if (fb.kind === 'SUPERVISOR_RETURNED' && status === 'FEEDBACK_RECEIVED') { status = 'NOTIFIED'; due = dueFrom(t); at = t; }
    else if (fb.kind === 'SUPERVISOR_ESCALATED') { status = 'ESCALATED'; at = t; break; }
  }
  if (status === 'NOTIFIED' && ctx.asOf > due) { status = 'ESCALATED'; at = due; }
  out.signals.push({
    ...base, status, dueAt: formatInstant(due),
    ...(status === 'CLOSED' ? { closedAt: formatInstant(at!) } : {}),
  });
  if (status === 'NOTIFIED') out.next = due;
  const higher = rules.feedback.escalateTo[f.level];
  if (status === 'ESCALATED' && higher && !escalatedFrom) {
    const red = lifecycle({ ...f, level: higher, openedAt: at! }, ctx, rules, id);
    out.signals.push(...red.signals);
    out.notifications.push(...red.notifications);
    if (red.next !== undefined) out.next = red.next;
  }
  return out;
}

