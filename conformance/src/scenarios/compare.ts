import { IGNORED_RULES } from './resolve.js';

export interface SignalLike { caseId?: string; ruleId: string; level: string; escalatedFromId?: string }
export interface SignalKey { caseId: string; rule: string; level: string }

/**
 * The signals a scenario is judged by (FSJC-CONF-022): those raised from the data on the scenario's
 * cases — not the unit-wide or late-reporting rules, and not escalations, which follow from the
 * correction process (the unit's feedback and the time since) rather than from the data.
 */
export function judgedSignals(signals: readonly SignalLike[], caseIds: readonly string[]): SignalKey[] {
  const cases = new Set(caseIds);
  return signals
    .filter((s) => s.caseId && cases.has(s.caseId) && !IGNORED_RULES.includes(s.ruleId) && !s.escalatedFromId)
    .map((s) => ({ caseId: s.caseId!, rule: s.ruleId, level: s.level }));
}

const key = (s: SignalKey) => `${s.caseId} ${s.rule} ${s.level}`;

/** What is missing and what is extra, comparing as multisets (a rule may fire twice on one case, e.g. two stages). */
export function signalDifferences(expected: readonly SignalKey[], actual: readonly SignalKey[]): { missing: SignalKey[]; extra: SignalKey[] } {
  const left = new Map<string, SignalKey[]>();
  for (const s of actual) left.set(key(s), [...(left.get(key(s)) ?? []), s]);
  const missing: SignalKey[] = [];
  for (const e of expected) {
    const bucket = left.get(key(e));
    if (bucket?.length) bucket.pop();
    else missing.push(e);
  }
  return { missing, extra: [...left.values()].flat() };
}
