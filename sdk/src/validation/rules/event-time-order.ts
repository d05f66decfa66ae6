import { FingerprintTable } from '../fingerprint.js';
import type { RecordIndex } from '../record-index.js';
import { CODELISTS } from '../../generated/codelists.js';
import type { DeferredLocation, Rule, RuleContext, EndContext } from '../rule.js';

/** Events kept waiting for their case or start event before checks are given up, to bound memory. */
const MAX_WAITING = 100_000;
const START_OF: Record<string, string[]> = {
  SUSPENSION_ENDED: ['SUSPENSION_STARTED'],
  SUPPLEMENT_RECEIVED: ['SUPPLEMENT_NOTICE'],
};
const STARTS = new Set(['SUSPENSION_STARTED', 'SUPPLEMENT_NOTICE']);

interface Waiting { kind: 'case' | 'start'; key: string; at: number; eventType: string; location: DeferredLocation }
type Reporter = (suffix: string) => (code: any, params: any) => void;

/**
 * Time order of a case's events: nothing before the case's receipt (FSJC-DATA-050), an end never
 * before its start and an end names a start of the right type (FSJC-DATA-038), the RECEIVED event
 * at the case's receivedAt (FSJC-DATA-030). Records may come in any order within the input:
 * checks wait until both sides have been seen.
 */
export const eventTimeOrder: Rule = {
  id: 'event-time-order',
  codes: ['time.beforeReceipt', 'time.endBeforeStart', 'event.wrongStart', 'time.receiptMismatch'],
  recordTypes: ['case', 'event'],
  create: () => {
    const received = new FingerprintTable(); // case → receivedAt (ms)
    const starts = new FingerprintTable(); // start events → occurredAt (s) × 32 + event type
    const issued = new FingerprintTable(); // case → first certificate issue (ms)
    const waiting: Waiting[] = [];
    const wait = (w: Waiting) => { if (waiting.length < MAX_WAITING) waiting.push(w); };
    let current: RuleContext;
    const reporters = new Map<string, (code: any, params: any) => void>();
    const hereReporter: Reporter = (suffix) => {
      let r = reporters.get(suffix);
      if (!r) reporters.set(suffix, (r = (code, params) => current.report(code, suffix, params)));
      return r;
    };

    const checkReceipt = (report: Reporter, caseAt: number, eventAt: number, eventType: string) => {
      if (eventAt < caseAt) report('/occurredAt')('time.beforeReceipt', { eventType, receivedAt: iso(caseAt) });
      else if (eventType === 'RECEIVED' && eventAt !== caseAt) report('/occurredAt')('time.receiptMismatch', { receivedAt: iso(caseAt) });
    };
    // the wrong start is a fault of the reference; an end before its start is a fault of the time
    const checkStart = (report: Reporter, start: { type: string; at?: number }, eventAt: number, eventType: string) => {
      if (!START_OF[eventType].includes(start.type)) report('/suspensionEventId')('event.wrongStart', { eventType, startType: start.type, expected: START_OF[eventType].join('/') });
      else if (start.at !== undefined && eventAt < start.at) report('/occurredAt')('time.endBeforeStart', { eventType, startedAt: iso(start.at) });
    };
    /** A start seen so far: a start event with its time, or any other event by its type. */
    const findStart = (ctx: { index: RecordIndex }, id: string): { type: string; at?: number } | undefined => {
      const s = starts.get(id);
      if (s >= 0) return { type: EVENT_TYPES[s % 32], at: Math.floor(s / 32) * 1000 };
      const other = ctx.index.eventTypeOf(id);
      return other ? { type: other } : undefined;
    };

    return {
      record(record, ctx: RuleContext, location) {
        if (record.recordType === 'case') {
          received.setIfAbsent(record.id, Date.parse(record.receivedAt));
          return;
        }
        const at = Date.parse(record.occurredAt);
        const caseKey = record.caseId as string;
        current = ctx;
        const here = hereReporter;
        const caseAt = received.get(caseKey);
        if (caseAt >= 0) checkReceipt(here, caseAt, at, record.eventType);
        else wait({ kind: 'case', key: caseKey, at, eventType: record.eventType, location: { ...location, line: ctx.lineOf('/occurredAt') } });

        if (STARTS.has(record.eventType)) starts.set(record.id, Math.floor(at / 1000) * 32 + EVENT_TYPES.indexOf(record.eventType));
        if (START_OF[record.eventType] && typeof record.suspensionEventId === 'string') {
          const key = record.suspensionEventId as string;
          const start = findStart(ctx, key);
          if (start) checkStart(here, start, at, record.eventType);
          else wait({ kind: 'start', key, at, eventType: record.eventType, location: { ...location } });
        }
        if (record.eventType === 'CERTIFICATE_ISSUED') {
          const prev = issued.get(caseKey);
          if (prev < 0 || at < prev) issued.set(caseKey, at);
        }
        if (record.eventType === 'CERTIFICATE_DELIVERED') {
          const first = issued.get(caseKey);
          if (first >= 0 && at < first) ctx.report('time.endBeforeStart', '/occurredAt', { eventType: record.eventType, startedAt: iso(first) });
        }
      },
      endInput(ctx: EndContext) {
        for (const w of waiting) {
          const report: Reporter = (suffix) => (code, params) => ctx.reportAt({ ...w.location, pointer: w.location.pointer + suffix }, code, params);
          if (w.kind === 'case') {
            const caseAt = received.get(w.key);
            if (caseAt >= 0) checkReceipt(report, caseAt, w.at, w.eventType);
          } else {
            const start = findStart(ctx, w.key);
            if (start) checkStart(report, start, w.at, w.eventType);
          }
        }
        waiting.length = 0;
      },
    };
  },
};

const EVENT_TYPES = CODELISTS.eventType.codes.map((c) => c.code);
const iso = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().replace('Z', '+08:00').replace('.000', '');
