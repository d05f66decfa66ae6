import type { Insertable, Selectable } from 'kysely';
import { chunks } from './chunks.js';
import { orNull, present, type Ctx } from './context.js';
import { outboxRow } from './outbox.js';
import type { SignalChangeTable, SignalTable } from './schema.js';
import type { SignalChange, SignalQuery, StoredSignal, Store } from './types.js';

/** The warning engine's saved output: signal states, their changes in order, and how far it has read the log. */

type EngineStep = Parameters<Store['saveEngineStep']>[0];

function signalRow(s: StoredSignal): Insertable<SignalTable> {
  return {
    id: s.id, case_id: orNull(s.caseId), unit_id: s.unitId, region_code: orNull(s.regionCode),
    level: s.level, status: s.status, body: s.body, seq: s.seq, updated_at: s.updatedAt,
  };
}

function toSignal(r: Selectable<SignalTable>): StoredSignal {
  const out = { id: r.id } as StoredSignal;
  present(out, { caseId: r.case_id });
  out.unitId = r.unit_id;
  present(out, { regionCode: r.region_code });
  return Object.assign(out, { level: r.level, status: r.status, body: r.body, seq: r.seq, updatedAt: r.updated_at });
}

function changeRow(c: SignalChange): Insertable<SignalChangeTable> {
  return { signal_id: c.signalId, kind: c.kind, unit_id: c.unitId, region_code: orNull(c.regionCode), body: c.body, at: c.at };
}

function toChange(r: Selectable<SignalChangeTable>): SignalChange {
  const out: SignalChange = { changeId: r.change_id, signalId: r.signal_id, kind: r.kind as SignalChange['kind'], unitId: r.unit_id, body: r.body, at: r.at };
  return present(out, { regionCode: r.region_code });
}

/** Saves one engine step in a transaction: the step is either wholly saved or not at all, and the cursor moves with it. */
export function saveEngineStep(ctx: Ctx, step: EngineStep): Promise<void> {
  return ctx.db.transaction().execute(async (db) => {
    // one statement may not touch a row twice: the last state given for a signal wins
    const latest = [...new Map(step.signals.map((s) => [s.id, s] as const)).values()];
    for (const chunk of chunks(latest, 9, ctx.backend)) {
      await db
        .insertInto('signals')
        .values(chunk.map(signalRow))
        .onConflict((oc) =>
          oc.column('id').doUpdateSet(({ ref }) => ({
            case_id: ref('excluded.case_id'), unit_id: ref('excluded.unit_id'), region_code: ref('excluded.region_code'),
            level: ref('excluded.level'), status: ref('excluded.status'), body: ref('excluded.body'),
            seq: ref('excluded.seq'), updated_at: ref('excluded.updated_at'),
          })),
        )
        .execute();
    }
    for (const chunk of chunks(step.changes, 6, ctx.backend)) {
      await db.insertInto('signal_changes').values(chunk.map(changeRow)).execute();
    }
    for (const chunk of chunks(step.outbox, 10, ctx.backend)) {
      await db.insertInto('outbox').values(chunk.map(outboxRow)).execute();
    }
    await db
      .insertInto('engine_cursor')
      .values({ id: 1, seq: step.seq, as_of: step.asOf })
      .onConflict((oc) => oc.column('id').doUpdateSet({ seq: step.seq, as_of: step.asOf }))
      .execute();
  });
}

export async function engineCursor(ctx: Ctx): Promise<{ seq: number; asOf?: string }> {
  const row = await ctx.db.selectFrom('engine_cursor').select(['seq', 'as_of']).where('id', '=', 1).executeTakeFirst();
  if (!row) return { seq: 0 };
  return row.as_of === null ? { seq: row.seq } : { seq: row.seq, asOf: row.as_of };
}

/** Signals in ID order, filtered. */
export async function signals(ctx: Ctx, q: SignalQuery): Promise<StoredSignal[]> {
  if (q.unitIds && q.unitIds.length === 0) return [];
  if (q.limit !== undefined && q.limit <= 0) return [];
  let query = ctx.db.selectFrom('signals').selectAll();
  if (q.id !== undefined) query = query.where('id', '=', q.id);
  if (q.caseId !== undefined) query = query.where('case_id', '=', q.caseId);
  if (q.unitIds) query = query.where('unit_id', 'in', [...new Set(q.unitIds)]);
  if (q.status !== undefined) query = query.where('status', '=', q.status);
  if (q.level !== undefined) query = query.where('level', '=', q.level);
  if (q.afterId !== undefined) query = query.where('id', '>', q.afterId);
  query = query.orderBy('id');
  if (q.limit !== undefined) query = query.limit(q.limit);
  return (await query.execute()).map(toSignal);
}

export async function signalChanges(ctx: Ctx, afterChangeId: number, limit?: number): Promise<SignalChange[]> {
  if (limit !== undefined && limit <= 0) return [];
  let query = ctx.db.selectFrom('signal_changes').selectAll().where('change_id', '>', afterChangeId).orderBy('change_id');
  if (limit !== undefined) query = query.limit(limit);
  return (await query.execute()).map(toChange);
}

export async function lastChangeId(ctx: Ctx): Promise<number> {
  const row = await ctx.db.selectFrom('signal_changes').select(({ fn }) => fn.max('change_id').as('last')).executeTakeFirst();
  return Number(row?.last ?? 0);
}
