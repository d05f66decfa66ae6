import { readAndValidateBatch, type BatchFormat, type ReadBatch } from '@fsjc/sdk';
import type { Store } from '@fsjc/core';
import type { ResolvedScenario } from '../scenarios/index.js';
import type { Exchange } from './front.js';
import type { CertificationSession } from './session.js';

/** One distinct batch the system sent (same bytes = same batch), read as the validator reads it. */
export interface ReceivedBatch {
  submission: number;
  bodyHash: string;
  /** Every request that carried these bytes, in order. */
  attempts: Exchange[];
  read: ReadBatch;
}

/** A scenario's case as the system reported it: matched by its case number (FSJC-CONF-020). */
export interface MatchedCase {
  ref: string;
  caseNumber: string;
  /** The system's own ID of the case, when it has been received. */
  caseId?: string;
  /** Event types the scenario has for the case, and those the centre holds. */
  expectedEvents: string[];
  heldEvents: string[];
}

export interface ClientContext {
  session: CertificationSession;
  batches: ReceivedBatch[];
  /** Per scenario ID, its cases as received. */
  cases: Map<string, MatchedCase[]>;
}

const FORMATS: Record<string, BatchFormat> = { 'application/json': 'json', 'application/x-ndjson': 'ndjson', 'application/xml': 'xml', 'text/xml': 'xml' };

/** Reads every distinct batch of the run and matches each scenario's cases to what the centre holds. */
export async function clientContext(session: CertificationSession): Promise<ClientContext> {
  const byHash = new Map<string, Exchange[]>();
  for (const x of session.exchanges) if (x.bodyHash) byHash.set(x.bodyHash, [...(byHash.get(x.bodyHash) ?? []), x]);
  const batches: ReceivedBatch[] = [];
  for (const [bodyHash, attempts] of byHash) {
    const media = (attempts[0].contentType ?? '').split(';')[0].trim().toLowerCase();
    const read = await readAndValidateBatch(new Uint8Array(attempts[0].body!), { format: FORMATS[media] });
    batches.push({ submission: attempts[0].submission!, bodyHash, attempts, read });
  }
  batches.sort((a, b) => a.submission - b.submission);
  const cases = new Map<string, MatchedCase[]>();
  for (const s of session.scenarios) cases.set(s.id, await matchCases(session.centre.store, session.handoff.system.systemId, s));
  return { session, batches, cases };
}

/**
 * The scenario's cases as the system reported them: each found by its case number, as a system
 * keeps its own record IDs, with the event types the scenario has for it and those the centre holds.
 */
export async function matchCases(store: Store, system: string, s: ResolvedScenario): Promise<MatchedCase[]> {
  const out: MatchedCase[] = [];
  for (const c of s.cases) {
    const expectedEvents = s.records.filter((r) => r.recordType === 'event' && (r as { caseId?: string }).caseId === c.id).map((r) => (r as { eventType: string }).eventType).sort();
    const held = (await store.records({ caseNumber: c.caseNumber, recordType: 'case', latestOnly: true })).find((r) => r.senderSystemId === system);
    const heldEvents = held
      ? (await store.records({ caseId: held.id, recordType: 'event', latestOnly: true })).filter((r) => r.senderSystemId === system).map((r) => (JSON.parse(r.body) as { eventType: string }).eventType).sort()
      : [];
    out.push({ ref: c.ref, caseNumber: c.caseNumber, ...(held ? { caseId: held.id } : {}), expectedEvents, heldEvents });
  }
  return out;
}

/** The cases not yet received in full: no case record, or events missing. */
export function incompleteCases(cases: readonly MatchedCase[]): MatchedCase[] {
  return cases.filter((c) => !c.caseId || missingEvents(c.expectedEvents, c.heldEvents).length);
}

/** The event types of `expected` missing from `held`, counting repeats. */
export function missingEvents(expected: readonly string[], held: readonly string[]): string[] {
  const left = [...held];
  const missing: string[] = [];
  for (const e of expected) {
    const i = left.indexOf(e);
    if (i >= 0) left.splice(i, 1);
    else missing.push(e);
  }
  return missing;
}
