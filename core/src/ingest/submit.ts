import { BatchChecksum, isBlocking, type FsjcRecord, type Issue, type Receipt } from '@fsjc/sdk';
import type { BatchReader } from './readers.js';
import { maySubmit, type Principal } from '../access/principal.js';
import { ApiError } from '../errors/problem.js';
import { API_CODES, type ApiCode } from '../errors/codes.js';
import { batchPlaces, projectInBatch, type CasePlace } from '../registry/derive.js';
import type { Registry } from '../registry/registry.js';
import type { AppendItem, LogEntry, ProjectedRecord, Store } from '../storage/types.js';
import { formatOf } from './decode.js';
import type { IngestLimits } from './limits.js';
import type { Faults } from '../centre.js';

/** Records only the centre produces (FSJC-API-041): signals and scores come from its engine and scorer. */
const CENTRE_ONLY = new Set(['signal', 'score']);

/** Codes that mean the batch could not be read at all. */
const UNREADABLE = /^(parse\.|envelope\.notBatch$|envelope\.missingHeader$|xml\.namespace$)/;

export interface SubmitRequest {
  body: Uint8Array;
  contentType: string | undefined;
  principal: Principal;
  /** Accept the valid records of a batch and list the others (FSJC-ENV-013), instead of all or nothing. */
  perRecord: boolean;
}

export interface SubmitResult {
  receipt: Receipt;
  /** The centre already had this batch: the original receipt, nothing stored again (FSJC-API-013). */
  replayed: boolean;
  entry: LogEntry;
  /** The accepted records, in batch order, for the engine and the registry. */
  accepted: FsjcRecord[];
  /** Their JSON texts, as the projection stored them. */
  bodies?: string[];
}

export interface IngestContext {
  store: Store;
  registry: Registry;
  cases: Map<string, CasePlace>;
  limits: IngestLimits;
  centreId: string;
  sign: (unsigned: Omit<Receipt, 'signature'>) => Receipt;
  /** The centre's clock: ISO instant with +08:00. */
  now: () => string;
  /** Screens, reads, validates and digests a batch's bytes (in a worker when there is one). */
  read: BatchReader;
  /** Called, in log order, for each batch a group commit stored (the registry, the case places and the engine take it from there). */
  committed: (result: SubmitResult) => void;
  /** TEST ONLY: safeguards turned off (see CentreOptions.faults); empty in service. */
  faults?: Faults;
}

type Header = { senderSystemId: string; senderUnitId: string; regionCode?: string; sequenceNumber: number; idempotencyKey?: string; standardVersion?: string; checksum?: { algorithm?: string; value?: string } };

/** A batch read, validated and checked against its token: what is left needs the stored state. */
export interface PreparedBatch {
  req: SubmitRequest;
  mediaType: string;
  encoding: string;
  header: Header;
  system: string;
  key: string;
  records: FsjcRecord[];
  /** The records as JSON text, when the reader has it already (see ReadResult.bodies). */
  bodies?: string[];
  /** Blocking findings about single records. */
  issues: Issue[];
  bodyDigest: string;
}

/**
 * The first half of taking a batch (FSJC-API-002, -020..024, -041), which needs nothing stored and
 * so runs for many requests at once: screen the bytes, read and validate them in one pass and
 * digest them (in a validation worker when there is one), and check the header against the token.
 */
export async function prepareBatch(ctx: IngestContext, req: SubmitRequest): Promise<PreparedBatch> {
  const { format, mediaType } = formatOf(req.contentType);
  if (req.body.length > ctx.limits.maxBodyBytes) throw new ApiError('api.bodyTooLarge', { size: req.body.length, limit: ctx.limits.maxBodyBytes });
  const { read, bodyDigest, bodies } = await ctx.read(req.body, format, ctx.limits.maxDepth);
  const header = read.header as Header | undefined;
  if (read.records.length > ctx.limits.maxRecords) throw new ApiError('api.tooManyRecords', { count: read.records.length, limit: ctx.limits.maxRecords });

  const blocking = read.issues.filter((i) => isBlocking(i.severity));
  const batchLevel = blocking.filter((i) => i.recordIndex === undefined);
  if (batchLevel.some((i) => i.code === 'xml.dtdForbidden')) throw new ApiError('api.dtdForbidden', {}, { issues: batchLevel });
  const unreadable = batchLevel.find((i) => UNREADABLE.test(i.code));
  if (unreadable) throw new ApiError('api.unreadable', { detail: unreadable.code }, { issues: batchLevel });
  if (batchLevel.some((i) => i.code === 'envelope.unsupportedVersion')) throw new ApiError('api.unsupportedVersion', { version: String(header?.standardVersion) }, { issues: batchLevel });
  if (batchLevel.length || !header) throw new ApiError('api.invalidBatch', { count: batchLevel.length }, { issues: batchLevel });

  const p = req.principal;
  if (p.role === 'system') {
    // fault switch scope-off (test only): the header is not held against the token
    if (!ctx.faults?.scopeOff) {
      if (header.senderSystemId !== p.systemId) throw new ApiError('api.senderMismatch', { field: 'senderSystemId' });
      if (header.senderUnitId !== p.unitId) throw new ApiError('api.senderMismatch', { field: 'senderUnitId' });
      if (p.regionCode && header.regionCode !== p.regionCode) throw new ApiError('api.senderMismatch', { field: 'regionCode' });
    }
  } else if (p.role !== 'admin') throw new ApiError('api.forbidden');

  const system = header.senderSystemId;
  return {
    req, mediaType, encoding: encodingOf(req.body, format), header, system,
    key: header.idempotencyKey ?? `${system}#${header.sequenceNumber}`,
    records: read.records as FsjcRecord[],
    bodies,
    issues: blocking.filter((i) => i.recordIndex !== undefined),
    bodyDigest,
  };
}

/** What became of one batch of a group. */
export type GroupOutcome = { result: SubmitResult } | { error: unknown };

/**
 * The second half (FSJC-API-003, -010, -013..015), for a group of prepared batches in arrival
 * order: each is judged against the stored state and the batches before it in the group (its key,
 * its sequence number, every record's scope and revision), then all that are accepted are
 * appended in one transaction (a group commit) and their receipts exist once it has committed.
 */
export async function commitGroup(ctx: IngestContext, group: readonly PreparedBatch[]): Promise<GroupOutcome[]> {
  const outcomes: (GroupOutcome | undefined)[] = new Array(group.length);
  const items: { at: number; item: AppendItem; accepted: FsjcRecord[] }[] = [];
  // what the earlier batches of the group will have stored
  const keys = new Map<string, number>();
  const sequences = new Map<string, number>();
  const revisions = new Map<string, number>();
  const cases = new Map<string, CasePlace>();
  const known: ReadonlyMap<string, CasePlace> = { get: (id: string) => cases.get(id) ?? ctx.cases.get(id) } as ReadonlyMap<string, CasePlace>;

  for (let g = 0; g < group.length; g++) {
    const b = group[g];
    try {
      // fault switch idempotency-off (test only): no replay, no conflict check; the batch is judged as new
      if (!ctx.faults?.idempotencyOff) {
        const keyAt = keys.get(`${b.system}\n${b.key}`);
        if (keyAt !== undefined) { outcomes[g] = { error: new SameAs(keyAt) }; continue; }
        // a resent batch is answered with its receipt before anything else is judged (FSJC-API-013)
        const stored = await ctx.store.entryByKey(b.system, b.key);
        if (stored) { outcomes[g] = { result: { receipt: stored.receipt, replayed: true, entry: stored, accepted: [] } }; continue; }
        const holder = await ctx.store.entryBySequence(b.system, b.header.sequenceNumber);
        if (holder) throw new ApiError('api.sequenceConflict', { system: b.system, sequenceNumber: b.header.sequenceNumber, key: holder.idempotencyKey }, { receipt: holder.receipt });
        if (sequences.has(`${b.system}\n${b.header.sequenceNumber}`)) throw new ApiError('api.sequenceConflict', { system: b.system, sequenceNumber: b.header.sequenceNumber, key: '(in the same moment)' });
      }

      const judged = await judge(ctx, b, known, revisions);
      const accepted = b.records.filter((_r, i) => !judged.rejected.has(i));
      const index = items.length;
      items.push({ at: g, accepted, item: { input: judged.input, records: judged.keep, receiptFor: judged.receiptFor, ...(ctx.faults?.idempotencyOff ? { unchecked: true } : {}) } });
      keys.set(`${b.system}\n${b.key}`, index);
      sequences.set(`${b.system}\n${b.header.sequenceNumber}`, index);
      for (const r of judged.keep) revisions.set(`${b.system}\n${r.id}`, Math.max(r.revision, revisions.get(`${b.system}\n${r.id}`) ?? 0));
      for (const r of accepted) if (r.recordType === 'case') cases.set(r.id, { unitId: r.handlingUnitId, regionCode: r.regionCode, caseNumber: r.caseNumber });
      // units registered by this batch give the divisions of the next ones' records
      for (const r of accepted) if (r.recordType === 'unit' || r.recordType === 'post' || r.recordType === 'contact') ctx.registry.add(r);
    } catch (e) {
      outcomes[g] = { error: e };
    }
  }

  if (items.length) {
    const results = await ctx.store.appendBatches(items.map((i) => i.item));
    results.forEach((r, k) => {
      const { at, accepted, item } = items[k];
      const b = group[at];
      if (r.conflict) outcomes[at] = { error: new ApiError('api.sequenceConflict', { system: b.system, sequenceNumber: b.header.sequenceNumber, key: r.conflict.idempotencyKey }, { receipt: r.conflict.receipt }) };
      else if (r.replayed) outcomes[at] = { result: { receipt: r.entry.receipt, replayed: true, entry: r.entry, accepted: [] } };
      else {
        const result = { receipt: r.entry.receipt, replayed: false, entry: r.entry, accepted, bodies: item.records.map((x) => x.body) };
        outcomes[at] = { result };
        ctx.committed(result);
      }
    });
  }
  // a batch sent twice within one group: the second gets the first one's receipt
  return outcomes.map((o) => {
    if (o && 'error' in o && o.error instanceof SameAs) {
      const first = outcomes[items[o.error.index].at]!;
      return 'result' in first ? { result: { ...first.result, replayed: true, accepted: [] } } : first;
    }
    return o!;
  });
}

class SameAs {
  constructor(readonly index: number) {}
}

/** Every record's scope and revision, and the log entry and receipt of what is kept. */
async function judge(ctx: IngestContext, b: PreparedBatch, known: ReadonlyMap<string, CasePlace>, pending: Map<string, number>) {
  const { records, system, req } = b;
  const p = req.principal;
  const issues = [...b.issues];
  const refuse = (index: number, code: ApiCode, params: Record<string, string | number>) => {
    const r = records[index];
    issues.push({ code, severity: 'error', requirement: API_CODES[code].requirement, recordIndex: index, recordType: r?.recordType, recordId: r?.id, pointer: `/records/${index}`, params });
  };
  const local = batchPlaces(records);
  const projected: (ProjectedRecord | undefined)[] = [];
  const stored = await ctx.store.latestRevisions(system, records.filter(Boolean).map((r) => r.id));
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    if (!r || typeof r !== 'object') continue;
    if (CENTRE_ONLY.has(r.recordType) && p.role !== 'admin') { refuse(i, 'api.recordTypeNotAllowed', { recordType: r.recordType }); continue; }
    const proj = projectInBatch(r, i, system, local, known, ctx.registry, b.bodies?.[i]);
    // fault switch scope-off (test only): records outside the sender's scope are let through
    if (!ctx.faults?.scopeOff && !maySubmit(p, proj.unitId, proj.regionCode)) {
      refuse(i, 'api.outOfScope', { detail: `${r.recordType} ${r.id}: unit ${proj.unitId ?? '?'}, division ${proj.regionCode ?? '?'}` });
      continue;
    }
    const before = Math.max(stored.get(r.id) ?? 0, pending.get(`${system}\n${r.id}`) ?? 0);
    if (before && proj.revision <= before) { refuse(i, 'api.revisionNotNewer', { id: r.id, revision: proj.revision, stored: before }); continue; }
    projected[i] = proj;
  }

  const rejected = [...new Set(issues.map((i) => i.recordIndex!))].sort((a, c) => a - c);
  if (rejected.length && !req.perRecord) {
    issues.sort((a, c) => a.recordIndex! - c.recordIndex!);
    const scope = issues.find((i) => i.code === 'api.outOfScope' || i.code === 'api.recordTypeNotAllowed');
    if (scope) throw new ApiError(scope.code as ApiCode, scope.params ?? {}, { issues });
    throw new ApiError('api.invalidBatch', { count: issues.length }, { issues });
  }
  const rejectedSet = new Set(rejected);
  const keep = projected.filter((x, i): x is ProjectedRecord => !!x && !rejectedSet.has(i));
  // the validator has checked a header's SM3 checksum against the records; otherwise it is computed here
  const given = b.header.checksum;
  const checksum = given?.algorithm === 'SM3' && given.value ? given.value : sm3Checksum(records);
  const codes = new Map<number, Set<string>>();
  for (const i of issues) {
    let set = codes.get(i.recordIndex!);
    if (!set) codes.set(i.recordIndex!, (set = new Set()));
    set.add(i.code);
  }
  const receivedAt = ctx.now();
  const input = {
    receivedAt, senderSystemId: system, senderUnitId: b.header.senderUnitId, sequenceNumber: b.header.sequenceNumber, idempotencyKey: b.key,
    mediaType: b.mediaType, encoding: b.encoding, body: req.body, bodyDigest: b.bodyDigest,
    recordCount: records.length, rejected, principalId: p.tokenId ?? 'admin',
  };
  const receiptFor = (entry: Omit<LogEntry, 'receipt'>) => ctx.sign({
    receiptId: `RC-${entry.seq}`, centreId: ctx.centreId, logSeq: entry.seq, logHash: entry.hash, prevHash: entry.prevHash,
    receivedAt, senderSystemId: system, senderUnitId: entry.senderUnitId, sequenceNumber: entry.sequenceNumber, idempotencyKey: b.key,
    bodyDigest: entry.bodyDigest, checksum, recordCount: records.length, acceptedCount: keep.length,
    rejected: rejected.map((index) => ({ index, ...(records[index]?.id ? { id: records[index].id } : {}), codes: [...codes.get(index)!].sort() })),
    status: rejected.length ? 'PARTIAL' : 'ACCEPTED',
  });
  return { input, keep, receiptFor, rejected: rejectedSet };
}

function sm3Checksum(records: readonly unknown[]): string {
  const sum = new BatchChecksum('SM3');
  for (const r of records) sum.add(r);
  return sum.digest();
}

/** The encoding an XML batch declares (utf-8 when none); JSON and NDJSON are UTF-8. */
export function encodingOf(body: Uint8Array, format: string): string {
  if (format !== 'xml') return 'utf-8';
  const head = Buffer.from(body.subarray(0, 200)).toString('latin1');
  return /^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1].toLowerCase() ?? 'utf-8';
}
