import { readableUnits, type Principal } from '../../access/principal.js';
import { redact } from '../../access/redact.js';
import type { Centre } from '../../centre.js';
import { ApiError } from '../../errors/problem.js';
import type { RecordQuery, StoredRecord } from '../../storage/types.js';

/** Largest page a query returns. */
export const MAX_PAGE = 1000;

export interface PageQuery { limit?: string; after?: string }

/** `limit` and the `after` cursor (`<seq>.<index>`) of a paged query. */
export function paging(q: PageQuery): Pick<RecordQuery, 'limit' | 'after'> {
  const limit = q.limit === undefined ? 100 : Number(q.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) throw new ApiError('api.badRequest', { detail: `limit: 1 to ${MAX_PAGE}` });
  let after: RecordQuery['after'];
  if (q.after !== undefined) {
    const m = /^(\d+)\.(\d+)$/.exec(q.after);
    if (!m) throw new ApiError('api.badRequest', { detail: 'after: the next cursor of a previous page' });
    after = { seq: Number(m[1]), index: Number(m[2]) };
  }
  return { limit, after };
}

/** The scope filter of a principal (FSJC-API-042): undefined means every unit. */
export function scopeOf(centre: Centre, p: Principal): string[] | undefined {
  const units = readableUnits(p, centre.registry);
  return units === 'all' ? undefined : units;
}

/** A page of records the principal may read, with the cursor of the next page. */
export async function recordPage(centre: Centre, p: Principal, q: RecordQuery) {
  const scope = scopeOf(centre, p);
  const unitIds = q.unitIds && scope ? q.unitIds.filter((u) => scope.includes(u)) : q.unitIds ?? scope;
  const rows = await centre.store.records({ ...q, unitIds });
  return page(rows, q.limit ?? 100, p);
}

export function page(rows: StoredRecord[], limit: number, p: Principal) {
  const last = rows[rows.length - 1];
  return { items: rows.map((r) => redact(JSON.parse(r.body) as unknown, p)), ...(rows.length === limit && last ? { next: `${last.seq}.${last.index}` } : {}) };
}
