import type { Signal } from '../generated/types.js';
import type { RuleDefinition, SignalLevel } from './rules-data.js';

/** Evidence of a signal, as the signal schema carries it (evidenceKind code list). */
export interface Evidence {
  kind: 'RECORD' | 'LIMIT' | 'VALUE';
  recordType?: NonNullable<Signal['evidence']>[number]['recordType'];
  recordId?: string;
  name?: string;
  value?: string;
}

/**
 * What a rule found: a condition that holds from `openedAt` (and, for conditions that pass, until
 * `endedAt`). The lifecycle turns findings into signals with their status, deadlines and escalation.
 */
export interface Finding {
  rule: RuleDefinition;
  level: SignalLevel;
  /** What the signal is about, unique within the rule: a case, a case and a limit, a fee, an item… */
  key: string;
  caseId?: string;
  unitId: string;
  openedAt: number;
  /** The condition stopped holding (e.g. a near limit stopped or became a card). */
  endedAt?: number;
  evidence: Evidence[];
}

export const record = (recordType: NonNullable<Evidence['recordType']>, recordId: string): Evidence => ({ kind: 'RECORD', recordType, recordId });
export const value = (name: string, v: string | number): Evidence => ({ kind: 'VALUE', name, value: String(v) });
export const limitEvidence = (name: string, v: string): Evidence => ({ kind: 'LIMIT', name, value: v });
