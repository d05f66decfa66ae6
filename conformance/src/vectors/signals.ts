import { evaluate, parseInstant, type BatchLike, type Signal } from '@fsjc/sdk';

/** One signals vector (conformance/vectors/signals.schema.json). */
export interface SignalsVector {
  id: string;
  description: string;
  requirements: string[];
  kind: 'signals';
  /** The rule the vector is about. */
  rule: string;
  input: { profile?: string; asOf: string; batches: BatchLike[] };
  expected: {
    /** Signals that must be there, each matched on every field given. */
    present?: Partial<Signal>[];
    /** Patterns no signal may match. */
    absent?: Partial<Signal>[];
  };
}

type Fields = Record<string, unknown>;

/** A signal matches a pattern when every field the pattern gives is equal (instants compared as instants). */
function matches(signal: Fields, pattern: Fields): boolean {
  return Object.entries(pattern).every(([k, v]) => {
    const got = signal[k];
    if (typeof v === 'string' && typeof got === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v)) return parseInstant(v) === parseInstant(got);
    return JSON.stringify(got) === JSON.stringify(v);
  });
}

/** The signals the SDK's engine raises for a vector's input. */
export function runSignalsVector(v: SignalsVector): { signals: Signal[] } {
  return { signals: evaluate(v.input.batches, parseInstant(v.input.asOf), { profile: v.input.profile }).signals };
}

/** Where the engine's signals depart from the vector. */
export function signalsVectorDifferences(v: SignalsVector, actual: { signals: Signal[] }): string[] {
  const out: string[] = [];
  const got = actual.signals as unknown as Fields[];
  for (const p of v.expected.present ?? []) {
    if (!got.some((s) => matches(s, p as Fields))) {
      const same = got.filter((s) => s.ruleId === p.ruleId).map((s) => `${s.level} ${s.status} ${s.caseId ?? ''} ${s.unitId} ${s.openedAt}${s.dueAt ? ` due ${s.dueAt}` : ''}`);
      out.push(`missing ${JSON.stringify(p)}${same.length ? `; ${p.ruleId} gave: ${same.join(' | ')}` : `; no ${p.ruleId} signal at all`}`);
    }
  }
  for (const p of v.expected.absent ?? []) {
    const hit = got.find((s) => matches(s, p as Fields));
    if (hit) out.push(`unexpected ${hit.id} (${hit.level} ${hit.status} opened ${hit.openedAt}) matching ${JSON.stringify(p)}`);
  }
  return out;
}
