import { parseDateTime } from '../../clock/time.js';
import { FactRow } from '../facts/facts.js';
import { Column, FactStash } from '../facts/partition-state.js';
import { RecentByKey } from '../facts/recent.js';
import { EVENT_TYPES, eventTypeNumber } from '../record-index.js';
import type { PartitionContext, Rule } from '../rule.js';

const START_OF: Record<string, string[]> = {
  SUSPENSION_ENDED: ['SUSPENSION_STARTED'],
  SUPPLEMENT_RECEIVED: ['SUPPLEMENT_NOTICE'],
};
const STARTS = new Set(['SUSPENSION_STARTED', 'SUPPLEMENT_NOTICE']);
const ISSUED = EVENT_TYPES.indexOf('CERTIFICATE_ISSUED');
const DELIVERED = EVENT_TYPES.indexOf('CERTIFICATE_DELIVERED');

// the facts the rule keeps; `aux` is the event type, `value` the time (ms)
/** A case, by id: its receivedAt. */
const RECEIVED = 0;
/** An event, by case: its occurredAt (line of occurredAt). */
const OCCURRED = 1;
/** A start event, by id. */
const STARTED = 2;
/** An end event, by the start it names (lines of occurredAt, and of suspensionEventId in `a`). */
const ENDED = 3;

/**
 * Time order of a case's events: nothing before the case's receipt (FSJC-DATA-050), an end never
 * before its start and an end names a start of the right type (FSJC-DATA-038), a certificate
 * never delivered before the case's certificate is issued (FSJC-DATA-038), the RECEIVED event at
 * the case's receivedAt (FSJC-DATA-030). Records may come in any order within the input: cases
 * and events keep facts, decided at the end of the input against the whole input. An event is
 * checked against the first record of its case (at once, when that case was read lately); a
 * certificate delivery against the earliest certificate issue of the case anywhere in the input
 * (not only those read before it); an end against the last start event with the id it names
 * anywhere in the input (not the last read before it), or else the type of the first record
 * with that id.
 */
export const eventTimeOrder: Rule = {
  id: 'event-time-order',
  codes: ['time.beforeReceipt', 'time.endBeforeStart', 'event.wrongStart', 'time.receiptMismatch'],
  recordTypes: ['case', 'event'],
  acrossRecords: true,
  create: () => {
    // the partition being resolved, by identifier
    const receivedAt = new Column(NaN); // case: receivedAt of its first record
    const firstIssue = new Column(Infinity); // case: earliest certificate issue
    const start = new Column(NaN); // start event: occurredAt (s) × 32 + event type, of the last one
    // facts that wait for the partition's end: events read before their case, deliveries, ends
    const beforeCase = new FactStash();
    const deliveries = new FactStash();
    const ends = new FactStash();
    const kept = new FactRow();
    // while reading: receivedAt of cases read lately that are certainly their id's first record
    const firstCases = new RecentByKey();

    const checkReceipt = (ctx: PartitionContext, row: FactRow, caseAt: number) => {
      const eventType = EVENT_TYPES[row.aux];
      if (row.value < caseAt) ctx.report(row, 'time.beforeReceipt', '/occurredAt', row.line, { eventType, receivedAt: iso(caseAt) });
      else if (eventType === 'RECEIVED' && row.value !== caseAt) ctx.report(row, 'time.receiptMismatch', '/occurredAt', row.line, { receivedAt: iso(caseAt) });
    };
    // the wrong start is a fault of the reference; an end before its start is a fault of the time
    const checkStart = (ctx: PartitionContext, row: FactRow, startType: string, startAt?: number) => {
      const eventType = EVENT_TYPES[row.aux];
      if (!START_OF[eventType].includes(startType)) ctx.report(row, 'event.wrongStart', '/suspensionEventId', row.a, { eventType, startType, expected: START_OF[eventType].join('/') });
      else if (startAt !== undefined && row.value < startAt) ctx.report(row, 'time.endBeforeStart', '/occurredAt', row.line, { eventType, startedAt: iso(startAt) });
    };

    return {
      record(record, ctx) {
        if (record.recordType === 'case') {
          const receivedAt = parseDateTime(record.receivedAt);
          ctx.keep(RECEIVED, record.id, 0, 0, 0, receivedAt);
          if (ctx.firstOfItsId) {
            const fp = ctx.fingerprint(record.id);
            firstCases.set(fp[0], fp[1], receivedAt);
          }
          return;
        }
        const at = parseDateTime(record.occurredAt);
        const type = eventTypeNumber(record.eventType);
        const fp = ctx.fingerprint(record.caseId);
        const caseAt = type === ISSUED || type === DELIVERED ? NaN : firstCases.get(fp[0], fp[1], NaN);
        // the case's first record read lately: decided at once, as the end would
        if (!Number.isNaN(caseAt)) {
          if (at < caseAt) ctx.decide('time.beforeReceipt', '/occurredAt', { eventType: record.eventType, receivedAt: iso(caseAt) });
          else if (record.eventType === 'RECEIVED' && at !== caseAt) ctx.decide('time.receiptMismatch', '/occurredAt', { receivedAt: iso(caseAt) });
        } else ctx.keep(OCCURRED, record.caseId, type, ctx.lineOf('/occurredAt') ?? 0, 0, at);
        if (STARTS.has(record.eventType)) ctx.keep(STARTED, record.id, type, 0, 0, at);
        if (START_OF[record.eventType] && typeof record.suspensionEventId === 'string') {
          ctx.keep(ENDED, record.suspensionEventId, type, ctx.lineOf('/occurredAt') ?? 0, ctx.lineOf('/suspensionEventId') ?? 0, at);
        }
      },
      resolve: {
        begin() {
          receivedAt.reset();
          firstIssue.reset();
          start.reset();
        },
        fact(row, ctx) {
          switch (row.kind) {
            case RECEIVED:
              if (Number.isNaN(receivedAt.get(row.slot))) receivedAt.set(row.slot, row.value);
              return;
            case OCCURRED: {
              // the case's first record is final once read
              const caseAt = receivedAt.get(row.slot);
              if (Number.isNaN(caseAt)) beforeCase.push(row);
              else checkReceipt(ctx, row, caseAt);
              if (row.aux === ISSUED) {
                if (row.value < firstIssue.get(row.slot)) firstIssue.set(row.slot, row.value);
              } else if (row.aux === DELIVERED) deliveries.push(row);
              return;
            }
            case STARTED:
              start.set(row.slot, Math.floor(row.value / 1000) * 32 + row.aux);
              return;
            case ENDED:
              ends.push(row);
          }
        },
        end(ctx) {
          for (let i = 0; i < beforeCase.length; i++) {
            const row = beforeCase.load(i, kept);
            const caseAt = receivedAt.get(row.slot);
            if (!Number.isNaN(caseAt)) checkReceipt(ctx, row, caseAt);
          }
          for (let i = 0; i < deliveries.length; i++) {
            const row = deliveries.load(i, kept);
            const first = firstIssue.get(row.slot);
            if (first !== Infinity && row.value < first) ctx.report(row, 'time.endBeforeStart', '/occurredAt', row.line, { eventType: EVENT_TYPES[row.aux], startedAt: iso(first) });
          }
          for (let i = 0; i < ends.length; i++) {
            const row = ends.load(i, kept);
            const s = start.get(row.slot);
            if (!Number.isNaN(s)) {
              const seconds = Math.floor(s / 32);
              checkStart(ctx, row, EVENT_TYPES[s - seconds * 32], seconds * 1000);
            } else {
              const other = ctx.index.eventTypeOf(row.slot);
              if (other) checkStart(ctx, row, other);
            }
          }
          beforeCase.clear();
          deliveries.clear();
          ends.clear();
        },
      },
    };
  },
};

const iso = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().replace('Z', '+08:00').replace('.000', '');
