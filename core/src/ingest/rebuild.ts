import type { FsjcRecord } from '@fsjc/sdk';
import { entryRecords } from '../engine/runner.js';
import { batchPlaces, projectInBatch, type CasePlace } from '../registry/derive.js';
import { Registry } from '../registry/registry.js';
import type { Store } from '../storage/types.js';

/**
 * Rebuilds the projection from the log alone (FSJC-API-030): every entry is read back from its
 * bytes and projected as ingest projected it, with the registry and case places as they stood
 * before that entry.
 */
export async function rebuildProjection(store: Store): Promise<{ entries: number; records: number }> {
  const registry = new Registry();
  const cases = new Map<string, CasePlace>();
  return store.rebuildProjection(async (entry) => {
    const accepted = await entryRecords(entry);
    const rejected = new Set(entry.rejected);
    const local = batchPlaces(accepted);
    const out = [];
    let k = 0;
    for (let index = 0; k < accepted.length; index++) {
      if (rejected.has(index)) continue;
      out.push(projectInBatch(accepted[k++], index, entry.senderSystemId, local, cases, registry));
    }
    for (const r of accepted as FsjcRecord[]) {
      if (r.recordType === 'case') cases.set(r.id, { unitId: r.handlingUnitId, regionCode: r.regionCode, caseNumber: r.caseNumber });
      else registry.add(r);
    }
    return out;
  });
}
