import { CODELISTS } from '../../generated/codelists.js';
import { fingerprint } from '../fingerprint.js';
import type { DeferredLocation, Rule, RuleContext, EndContext } from '../rule.js';

/** Events kept waiting for their case or start event before checks are given up, to bound memory. */
const MAX_WAITING = 100_000;
const START_OF: Record<string, string[]> = {
  SUSPENSION_ENDED: ['SUSPENSION_STARTED'],
  SUPPLEMENT_RECEIVED: ['SUPPLEMENT_NOTICE'],
};

interface Waiting { kind: 'case' | 'start'; key: number; at: number; eventType: string; location: DeferredLocation }

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
    const received = new Map<number, number>(); // case fingerprint → receivedAt (ms)
    // every event: fingerprint → occurredAt in seconds × 32 + event type index, one number each
    const events = new Map<number, number>();
    const issued = new Map<number, number>(); // case fingerprint → first certificate issue (ms)
    const waiting: Waiting[] = [];
    const wait = (w: Waiting) => { if (waiting.length < MAX_WAITING) waiting.push(w); };

    const checkReceipt = (report: (code: any, params: any) => void, caseAt: number, eventAt: number, eventType: string) => {
      if (eventAt < caseAt) report('time.beforeReceipt', { eventType, receivedAt: iso(caseAt) });
      else if (eventType === 'RECEIVED' && eventAt !== caseAt) report('time.receiptMismatch', { receivedAt: iso(caseAt) });
    };
    // the wrong start is a fault of the reference; an end before its start is a fault of the time
    const checkStart = (reportAt: (pointer: string) => (code: any, params: any) => void, start: { type: string; at: number }, eventAt: number, eventType: string) => {
      if (!START_OF[eventType].includes(start.type)) reportAt('/suspensionEventId')('event.wrongStart', { eventType, startType: start.type, expected: START_OF[eventType].join('/') });
      else if (eventAt < start.at) reportAt('/occurredAt')('time.endBeforeStart', { eventType, startedAt: iso(start.at) });
    };

    return {
      record(record, ctx: RuleContext, location) {
        if (record.recordType === 'case') {
          const key = fingerprint(record.id);
          if (!received.has(key)) received.set(key, Date.parse(record.receivedAt));
          return;
        }
        const at = Date.parse(record.occurredAt);
        const caseKey = fingerprint(record.caseId);
        const here = (pointer: string) => (code: any, params: any) => ctx.report(code, pointer, params);
        const caseAt = received.get(caseKey);
        if (caseAt !== undefined) checkReceipt(here('/occurredAt'), caseAt, at, record.eventType);
        else wait({ kind: 'case', key: caseKey, at, eventType: record.eventType, location: { ...location, pointer: location.pointer + '/occurredAt' } });

        events.set(fingerprint(record.id), Math.floor(at / 1000) * 32 + EVENT_TYPES.indexOf(record.eventType));
        if (START_OF[record.eventType] && typeof record.suspensionEventId === 'string') {
          const key = fingerprint(record.suspensionEventId);
          const start = unpack(events.get(key));
          if (start) checkStart(here, start, at, record.eventType);
          else wait({ kind: 'start', key, at, eventType: record.eventType, location });
        }
        if (record.eventType === 'CERTIFICATE_ISSUED') {
          const prev = issued.get(caseKey);
          if (prev === undefined || at < prev) issued.set(caseKey, at);
        }
        if (record.eventType === 'CERTIFICATE_DELIVERED') {
          const first = issued.get(caseKey);
          if (first !== undefined && at < first) ctx.report('time.endBeforeStart', '/occurredAt', { eventType: record.eventType, startedAt: iso(first) });
        }
      },
      endInput(ctx: EndContext) {
        for (const w of waiting) {
          const at = (code: any, params: any) => ctx.reportAt(w.location, code, params);
          if (w.kind === 'case') {
            const caseAt = received.get(w.key);
            if (caseAt !== undefined) checkReceipt(at, caseAt, w.at, w.eventType);
          } else {
            const start = unpack(events.get(w.key));
            if (start) checkStart((suffix) => (code, params) => ctx.reportAt({ ...w.location, pointer: w.location.pointer + suffix }, code, params), start, w.at, w.eventType);
          }
        }
        waiting.length = 0;
      },
    };
  },
};

const EVENT_TYPES = CODELISTS.eventType.codes.map((c) => c.code);
const unpack = (packed: number | undefined) => (packed === undefined ? undefined : { type: EVENT_TYPES[packed % 32], at: Math.floor(packed / 32) * 1000 });

const iso = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().replace('Z', '+08:00').replace('.000', '');
