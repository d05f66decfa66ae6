import { parsePeriod } from '@fsjc/sdk';
import type { Selectable } from 'kysely';
import { chunks } from './chunks.js';
import type { Ctx } from './context.js';
import type { ScoreTable } from './schema.js';
import type { ScoreRow } from './types.js';

/** The scorer's results: one row per period and level, replaced when scored again. */

const toScore = (r: Selectable<ScoreTable>): ScoreRow => ({ period: r.period, level: r.level, computedAt: r.computed_at, body: r.body });

export async function saveScores(ctx: Ctx, rows: readonly ScoreRow[]): Promise<void> {
  if (rows.length === 0) return;
  const latest = [...new Map(rows.map((r) => [`${r.period}\u0000${r.level}`, r] as const)).values()];
  await ctx.db.transaction().execute(async (db) => {
    for (const chunk of chunks(latest, 4, ctx.backend)) {
      await db
        .insertInto('scores')
        .values(chunk.map((r) => ({ period: r.period, level: r.level, computed_at: r.computedAt, body: r.body })))
        .onConflict((oc) => oc.columns(['period', 'level']).doUpdateSet(({ ref }) => ({ computed_at: ref('excluded.computed_at'), body: ref('excluded.body') })))
        .execute();
    }
  });
}

export async function scores(ctx: Ctx, q: { period?: string; level?: string }): Promise<ScoreRow[]> {
  let query = ctx.db.selectFrom('scores').selectAll();
  if (q.period !== undefined) query = query.where('period', '=', q.period);
  if (q.level !== undefined) query = query.where('level', '=', q.level);
  return (await query.orderBy('period').orderBy('level').execute()).map(toScore);
}

/** Where a period ends and begins, for ordering; labels that are not periods sort last. */
function span(label: string): [number, number] {
  try {
    const p = parsePeriod(label);
    return [p.end, p.start];
  } catch {
    return [-Infinity, -Infinity];
  }
}

/** Periods with scores, newest first: by end, then the shorter first (2026-12, 2026-Q4, 2026, 2026-11, …). */
export async function scorePeriods(ctx: Ctx): Promise<string[]> {
  const rows = await ctx.db.selectFrom('scores').select('period').distinct().execute();
  return rows
    .map((r) => ({ label: r.period, span: span(r.period) }))
    .sort((a, b) => b.span[0] - a.span[0] || b.span[1] - a.span[1] || (a.label < b.label ? 1 : a.label > b.label ? -1 : 0))
    .map((r) => r.label);
}
