import { sql, type Insertable, type Selectable } from 'kysely';
import { BulkInsert, chunks, JSON_TEXT } from './chunks.js';
import { orNull, present, type Ctx } from './context.js';
import type { RecordTable } from './schema.js';
import type { ProjectedRecord, RecordQuery, StoredRecord } from './types.js';

/**
 * The record projection: every accepted revision of every record (FSJC-API-031), in log order,
 * derived from the log alone and so rebuildable from it (FSJC-API-030).
 */

const MAX_INDEX = 2 ** 31 - 1;

function toRow(seq: number, r: ProjectedRecord): Insertable<RecordTable> {
  return {
    sender_system_id: r.senderSystemId,
    id: r.id,
    revision: r.revision,
    record_type: r.recordType,
    case_id: orNull(r.caseId),
    unit_id: orNull(r.unitId),
    region_code: orNull(r.regionCode),
    case_number: orNull(r.caseNumber),
    seq,
    idx: r.index,
    body: r.body,
  };
}

function toRecord(r: Selectable<RecordTable>): StoredRecord {
  const out = { seq: r.seq, index: r.idx, senderSystemId: r.sender_system_id, recordType: r.record_type, id: r.id, revision: r.revision } as StoredRecord;
  present(out, { caseId: r.case_id, unitId: r.unit_id, regionCode: r.region_code, caseNumber: r.case_number });
  out.body = r.body;
  return out;
}

const recordInsert = new BulkInsert('records',
  ['sender_system_id', 'id', 'revision', 'record_type', 'case_id', 'unit_id', 'region_code', 'case_number', 'seq', 'idx', 'body'],
  ['text', 'text', 'integer', 'text', 'text', 'text', 'text', 'text', 'bigint', 'integer', JSON_TEXT]);

/** Multi-row inserts of one log entry's records, in chunks within the parameter limit. */
export function insertRecords(ctx: Ctx, seq: number, records: readonly ProjectedRecord[]): Promise<void> {
  return recordInsert.run(ctx, records.map((r) => toRow(seq, r)));
}

export async function records(ctx: Ctx, q: RecordQuery): Promise<StoredRecord[]> {
  if (q.unitIds && q.unitIds.length === 0) return [];
  if (q.limit !== undefined && q.limit <= 0) return [];
  let query = ctx.db.selectFrom('records as r').selectAll('r');
  if (q.recordType !== undefined) query = query.where('r.record_type', '=', q.recordType);
  if (q.id !== undefined) query = query.where('r.id', '=', q.id);
  if (q.caseId !== undefined) query = query.where('r.case_id', '=', q.caseId);
  if (q.caseNumber !== undefined) query = query.where('r.case_number', '=', q.caseNumber);
  if (q.regionCode !== undefined) query = query.where('r.region_code', '=', q.regionCode);
  if (q.unitIds) query = query.where('r.unit_id', 'in', [...new Set(q.unitIds)]);
  if (q.latestOnly !== false) {
    // a revision is the latest when its record has no higher one, whatever the other filters
    query = query.where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('records as n').select(sql.lit(1).as('one')).whereRef('n.sender_system_id', '=', 'r.sender_system_id').whereRef('n.id', '=', 'r.id').whereRef('n.revision', '>', 'r.revision'))),
    );
  }
  if (q.after) {
    // the index column is a 32-bit integer; a position past every index of its entry means the same as the largest
    const after = { seq: q.after.seq, index: Math.min(q.after.index, MAX_INDEX) };
    query = query.where(({ eb, refTuple, tuple }) => eb(refTuple('r.seq', 'r.idx'), '>', tuple(after.seq, after.index)));
  }
  query = query.orderBy('r.seq').orderBy('r.idx');
  if (q.limit !== undefined) query = query.limit(q.limit);
  return (await query.execute()).map(toRecord);
}

const ID_CHUNK_PARAMETERS = 1;

export async function latestRevisions(ctx: Ctx, senderSystemId: string, ids: readonly string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const chunk of chunks([...new Set(ids)], ID_CHUNK_PARAMETERS, ctx.backend)) {
    const rows = await ctx.db
      .selectFrom('records')
      .select(({ fn }) => ['id', fn.max('revision').as('revision')])
      .where('sender_system_id', '=', senderSystemId)
      .where('id', 'in', chunk)
      .groupBy('id')
      .execute();
    for (const r of rows) out.set(r.id, Number(r.revision));
  }
  return out;
}
