import type { Batch, BatchHeader, CaseEvent, FsjcRecord, RecordTypeMap } from '../generated/types.js';
import { STANDARD_VERSION } from '../generated/standard.js';
import { batchChecksum, type ChecksumAlgorithm } from '../envelope/checksum.js';

/** The fields of a record type without its `recordType`, which the builder sets. */
export type RecordFields<T extends keyof RecordTypeMap> = Omit<RecordTypeMap[T], 'recordType'>;

/**
 * Builds a record of the given type with the compiler checking its fields against the schema's
 * generated types.
 *
 * @example
 * const c = record('case', { id: 'C1', caseNumber: 'NH2026100001', itemCode: '…', caseType: 'PROMISED', … });
 */
export function record<T extends keyof RecordTypeMap>(recordType: T, fields: RecordFields<T>): RecordTypeMap[T] {
  return { recordType, ...fields } as unknown as RecordTypeMap[T];
}

/** One builder per record type: `build.case({...})`, `build.event({...})`, … */
export const build = {
  unit: (f: RecordFields<'unit'>) => record('unit', f),
  post: (f: RecordFields<'post'>) => record('post', f),
  contact: (f: RecordFields<'contact'>) => record('contact', f),
  item: (f: RecordFields<'item'>) => record('item', f),
  case: (f: RecordFields<'case'>) => record('case', f),
  event: (f: RecordFields<'event'>) => record('event', f),
  fee: (f: RecordFields<'fee'>) => record('fee', f),
  complaint: (f: RecordFields<'complaint'>) => record('complaint', f),
  evaluation: (f: RecordFields<'evaluation'>) => record('evaluation', f),
  observation: (f: RecordFields<'observation'>) => record('observation', f),
  signal: (f: RecordFields<'signal'>) => record('signal', f),
  feedback: (f: RecordFields<'feedback'>) => record('feedback', f),
  score: (f: RecordFields<'score'>) => record('score', f),
};

type EventBase = Pick<CaseEvent, 'id' | 'caseId' | 'occurredAt' | 'unitId'> & Partial<Pick<CaseEvent, 'postId' | 'handlerId' | 'handlerName' | 'opinion' | 'recordedAt' | 'revision'>>;

/**
 * Builders for case events that require the fields their event type needs (FSJC-DATA-030..047),
 * so a missing field is a compile error rather than a rejected upload.
 */
export const events = {
  received: (e: EventBase) => build.event({ ...e, eventType: 'RECEIVED' }),
  accepted: (e: EventBase) => build.event({ ...e, eventType: 'ACCEPTED' }),
  notAccepted: (e: EventBase & Required<Pick<CaseEvent, 'reasons' | 'legalBasis'>>) => build.event({ ...e, eventType: 'NOT_ACCEPTED' }),
  supplementNotice: (e: EventBase & Required<Pick<CaseEvent, 'materials'>>) => build.event({ ...e, eventType: 'SUPPLEMENT_NOTICE' }),
  supplementReceived: (e: EventBase & Required<Pick<CaseEvent, 'suspensionEventId'>>) => build.event({ ...e, eventType: 'SUPPLEMENT_RECEIVED' }),
  stageCompleted: (e: EventBase & Required<Pick<CaseEvent, 'stage'>> & Pick<CaseEvent, 'startedAt'>) => build.event({ ...e, eventType: 'STAGE_COMPLETED' }),
  extensionApproved: (e: EventBase & Required<Pick<CaseEvent, 'extension' | 'approverId' | 'reasons'>>) => build.event({ ...e, eventType: 'EXTENSION_APPROVED' }),
  suspensionStarted: (e: EventBase & Required<Pick<CaseEvent, 'suspensionType'>> & Pick<CaseEvent, 'notifiedDuration'>) => build.event({ ...e, eventType: 'SUSPENSION_STARTED' }),
  suspensionEnded: (e: EventBase & Required<Pick<CaseEvent, 'suspensionEventId'>>) => build.event({ ...e, eventType: 'SUSPENSION_ENDED' }),
  granted: (e: EventBase & Pick<CaseEvent, 'legalBasis'>) => build.event({ ...e, eventType: 'DECIDED', decision: 'GRANTED' }),
  denied: (e: EventBase & Required<Pick<CaseEvent, 'reasons' | 'legalBasis'>>) => build.event({ ...e, eventType: 'DECIDED', decision: 'DENIED' }),
  concluded: (e: EventBase) => build.event({ ...e, eventType: 'CONCLUDED' }),
  certificateIssued: (e: EventBase & Required<Pick<CaseEvent, 'certificateNumber'>>) => build.event({ ...e, eventType: 'CERTIFICATE_ISSUED' }),
  certificateDelivered: (e: EventBase & Pick<CaseEvent, 'deliveryMethod'>) => build.event({ ...e, eventType: 'CERTIFICATE_DELIVERED' }),
  withdrawn: (e: EventBase & Pick<CaseEvent, 'reasons'>) => build.event({ ...e, eventType: 'WITHDRAWN' }),
  terminated: (e: EventBase & Required<Pick<CaseEvent, 'reasons'>>) => build.event({ ...e, eventType: 'TERMINATED' }),
  dispatched: (e: EventBase & Required<Pick<CaseEvent, 'toUnitId' | 'subCaseId'>>) => build.event({ ...e, eventType: 'DISPATCHED' }),
  returned: (e: EventBase & Required<Pick<CaseEvent, 'subCaseId'>>) => build.event({ ...e, eventType: 'RETURNED' }),
  forwarded: (e: EventBase & Required<Pick<CaseEvent, 'toUnitId'>>) => build.event({ ...e, eventType: 'FORWARDED' }),
};

export interface BatchSender {
  senderSystemId: string;
  senderUnitId: string;
  regionCode: string;
  profile?: string;
  checksumAlgorithm?: ChecksumAlgorithm;
}

/**
 * Assembles a batch with a correct envelope: the standard version, the record count and the
 * checksum are computed, never typed by hand (FSJC-ENV-001, -007, -008).
 *
 * @example
 * const batch = createBatch({ senderSystemId: 'nh-platform', senderUnitId: 'U-NH', regionCode: '440605' },
 *   { sequenceNumber: 42, sentAt: '2026-10-20T18:00:00+08:00' }, records);
 */
export function createBatch(sender: BatchSender, send: { sequenceNumber: number; sentAt: string; idempotencyKey?: string }, records: readonly FsjcRecord[]): Batch {
  const algorithm = sender.checksumAlgorithm ?? 'SM3';
  const header: BatchHeader = {
    standardVersion: STANDARD_VERSION,
    ...(sender.profile ? { profile: sender.profile } : {}),
    senderSystemId: sender.senderSystemId,
    senderUnitId: sender.senderUnitId,
    regionCode: sender.regionCode,
    sequenceNumber: send.sequenceNumber,
    ...(send.idempotencyKey ? { idempotencyKey: send.idempotencyKey } : {}),
    sentAt: send.sentAt,
    recordCount: records.length,
    checksum: { algorithm, value: batchChecksum(records, algorithm) },
  };
  return { header, records: [...records] };
}
