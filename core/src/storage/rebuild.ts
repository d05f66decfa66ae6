import type { Ctx } from './context.js';
import { lockHead, readEntries } from './log.js';
import { insertRecords } from './projection.js';
import type { LogEntry, ProjectedRecord } from './types.js';

/**
 * Empties the projection and refills it from every log entry, in one transaction (FSJC-API-030:
 * the log is the truth, the projection can always be derived again). `project` is the server's
 * parser; it leaves out the records the entry rejected.
 */
export function rebuildProjection(ctx: Ctx, project: (entry: LogEntry) => ProjectedRecord[] | Promise<ProjectedRecord[]>): Promise<{ entries: number; records: number }> {
  return ctx.db.transaction().execute(async (db) => {
    // no append may add records while the projection is emptied and refilled
    await lockHead({ db, backend: ctx.backend });
    await db.deleteFrom('records').execute();
    let entries = 0;
    let records = 0;
    for await (const entry of readEntries(db, 1, 100)) {
      const projected = await project(entry);
      await insertRecords({ db, backend: ctx.backend }, entry.seq, projected);
      entries++;
      records += projected.length;
    }
    return { entries, records };
  });
}
