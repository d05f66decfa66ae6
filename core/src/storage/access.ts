import type { Insertable, Selectable } from 'kysely';
import { chunks } from './chunks.js';
import { orNull, present, type Ctx } from './context.js';
import type { AuditTable, TokenTable } from './schema.js';
import type { AuditRow, Role, TokenRow } from './types.js';

/** Access tokens, stored only as the SM3 of the secret (FSJC-API-040), and the append-only audit log (FSJC-API-044). */

function toToken(r: Selectable<TokenTable>): TokenRow {
  const out = { id: r.id, hash: r.hash, role: r.role as Role } as TokenRow;
  present(out, { unitId: r.unit_id, regionCode: r.region_code, systemId: r.system_id });
  out.label = r.label;
  out.createdAt = r.created_at;
  return present(out, { revokedAt: r.revoked_at });
}

export async function insertToken(ctx: Ctx, t: TokenRow): Promise<void> {
  const row: Insertable<TokenTable> = {
    id: t.id, hash: t.hash, role: t.role, unit_id: orNull(t.unitId), region_code: orNull(t.regionCode), system_id: orNull(t.systemId),
    label: t.label, created_at: t.createdAt, revoked_at: orNull(t.revokedAt),
  };
  await ctx.db.insertInto('tokens').values(row).execute();
}

/** The token with this hash, revoked or not: the caller decides what a revoked token gets. */
export async function tokenByHash(ctx: Ctx, hash: string): Promise<TokenRow | undefined> {
  const row = await ctx.db.selectFrom('tokens').selectAll().where('hash', '=', hash).executeTakeFirst();
  return row && toToken(row);
}

/** Revokes a token that is not revoked yet; false when there is no such token or it already was. */
export async function revokeToken(ctx: Ctx, id: string, at: string): Promise<boolean> {
  const r = await ctx.db.updateTable('tokens').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function tokens(ctx: Ctx): Promise<TokenRow[]> {
  return (await ctx.db.selectFrom('tokens').selectAll().orderBy('created_at').orderBy('id').execute()).map(toToken);
}

function auditRow(a: AuditRow): Insertable<AuditTable> {
  return { at: a.at, token_id: orNull(a.tokenId), method: a.method, path: a.path, status: a.status, action: a.action, detail: orNull(a.detail) };
}

function toAudit(r: Selectable<AuditTable>): AuditRow {
  const out = { at: r.at } as AuditRow;
  present(out, { tokenId: r.token_id });
  Object.assign(out, { method: r.method, path: r.path, status: r.status, action: r.action });
  return present(out, { detail: r.detail });
}

export async function audit(ctx: Ctx, rows: readonly AuditRow[]): Promise<void> {
  if (rows.length === 0) return;
  await ctx.db.transaction().execute(async (db) => {
    for (const chunk of chunks(rows, 7, ctx.backend)) await db.insertInto('audit_log').values(chunk.map(auditRow)).execute();
  });
}

/** Audit rows, newest first. */
export async function auditRows(ctx: Ctx, q: { tokenId?: string; action?: string; limit?: number }): Promise<AuditRow[]> {
  if (q.limit !== undefined && q.limit <= 0) return [];
  let query = ctx.db.selectFrom('audit_log').selectAll();
  if (q.tokenId !== undefined) query = query.where('token_id', '=', q.tokenId);
  if (q.action !== undefined) query = query.where('action', '=', q.action);
  query = query.orderBy('id', 'desc');
  if (q.limit !== undefined) query = query.limit(q.limit);
  return (await query.execute()).map(toAudit);
}
