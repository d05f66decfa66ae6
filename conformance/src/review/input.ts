import { RULES_V1, parseInstant, profile as findProfile, rulesFor } from '@fsjc/sdk';
import { recordKey, type AnyRecord, type ReadRecord, type ReviewInput } from './types.js';

/** A batch as read: its header and its records in batch order. */
export interface ReadBatchLike {
  file: string;
  /** The batch header: any object, read for senderSystemId, sentAt and profile. */
  header?: object;
  records: readonly unknown[];
}

/** An instant in ms, or NaN for anything that is not a date-time: the validator reports those. */
export function instant(value: unknown): number {
  if (typeof value !== 'string') return NaN;
  try {
    return parseInstant(value);
  } catch {
    return NaN;
  }
}

const revisionOf = (r: AnyRecord) => (typeof r.revision === 'number' ? r.revision : 1);

/**
 * The late-report lag of R-LATE-REPORT as the profile sets it (FSJC-SIG-002); a profile that
 * disables the rule still gets the standard's lag, since reporting on time is still asked of it
 * (FSJC-DATA-015).
 */
export function lateReportLagHours(profileName?: string): number {
  const standard = RULES_V1.rules.find((r) => r.id === 'R-LATE-REPORT')?.params.lagHours ?? 24;
  try {
    return rulesFor(findProfile(profileName)).rules.find((r) => r.id === 'R-LATE-REPORT')?.params.lagHours ?? standard;
  } catch {
    // an unknown profile is the validator's to report
    return standard;
  }
}

/**
 * The checks' view of the batches: records of the types asked for, the latest revision of each
 * (by sending system and id; on a tie the one read last), and when each was first reported.
 * `profile` overrides the profile the batch headers name.
 */
export function reviewInput(batches: readonly ReadBatchLike[], recordTypes: ReadonlySet<string>, opts: { profile?: string } = {}): ReviewInput {
  const records: ReadRecord[] = [];
  const latestByKey = new Map<string, ReadRecord>();
  const first = new Map<string, { at: number; text: string }>();
  batches.forEach((batch, batchIndex) => {
    const h = (batch.header ?? {}) as Record<string, unknown>;
    const sender = typeof h.senderSystemId === 'string' ? h.senderSystemId : '';
    const sentAtText = typeof h.sentAt === 'string' ? h.sentAt : '';
    const sentAt = instant(h.sentAt);
    const profile = opts.profile ?? (typeof h.profile === 'string' ? h.profile : undefined);
    batch.records.forEach((value, recordIndex) => {
      if (!value || typeof value !== 'object' || Array.isArray(value)) return;
      const record = value as AnyRecord;
      if (!recordTypes.has(record.recordType) || typeof record.id !== 'string') return;
      const r: ReadRecord = { record, file: batch.file, batchIndex, recordIndex, sender, sentAt, sentAtText, ...(profile ? { profile } : {}) };
      records.push(r);
      const key = recordKey(sender, record.id);
      const prev = latestByKey.get(key);
      if (!prev || revisionOf(record) >= revisionOf(prev.record)) latestByKey.set(key, r);
      const f = first.get(key);
      if (!Number.isNaN(sentAt) && (!f || sentAt < f.at)) first.set(key, { at: sentAt, text: sentAtText });
    });
  });
  const chosen = new Set(latestByKey.values());
  const latest = records.filter((r) => chosen.has(r));
  const eventsByCase = new Map<string, ReadRecord[]>();
  for (const r of latest) {
    if (r.record.recordType !== 'event' || typeof r.record.caseId !== 'string') continue;
    const key = recordKey(r.sender, r.record.caseId);
    const list = eventsByCase.get(key);
    if (list) list.push(r);
    else eventsByCase.set(key, [r]);
  }
  const lags = new Map<string | undefined, number>();
  return {
    records,
    latest,
    eventsByCase,
    caseOf: (sender, caseId) => {
      const r = latestByKey.get(recordKey(sender, caseId));
      return r?.record.recordType === 'case' ? r : undefined;
    },
    firstSent: (r) => first.get(recordKey(r.sender, r.record.id)) ?? { at: r.sentAt, text: r.sentAtText },
    lagHours: (profile) => {
      let lag = lags.get(profile);
      if (lag === undefined) lags.set(profile, (lag = lateReportLagHours(profile)));
      return lag;
    },
  };
}
