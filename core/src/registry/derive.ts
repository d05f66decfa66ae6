import type { FsjcRecord } from '@fsjc/sdk';
import type { ProjectedRecord } from '../storage/types.js';
import type { Registry } from './registry.js';

const CASE_OWNED = new Set(['event', 'fee']);

/** Where a case belongs, for its events and other records that name it. */
export interface CasePlace { unitId: string; regionCode: string; caseNumber: string }

/** The unit a record is about (its responsible unit), by record type. */
export function unitOf(r: FsjcRecord): string | undefined {
  switch (r.recordType) {
    case 'unit': return r.id;
    case 'case': return r.handlingUnitId;
    case 'item': return r.implementingUnitId;
    case 'score': return r.subjectId;
    default: return (r as { unitId?: string }).unitId;
  }
}

/** The case a record belongs to. */
export function caseOf(r: FsjcRecord): string | undefined {
  if (r.recordType === 'case') return r.id;
  return (r as { caseId?: string }).caseId;
}

/**
 * A record's place for storage and access (FSJC-API-042): its case, unit and division. Events and
 * other case records take the case's handling unit, since that unit answers for the case; the
 * division comes from the record, its case, or the registry.
 */
export function projectRecord(r: FsjcRecord, index: number, senderSystemId: string, body: string, cases: (id: string) => CasePlace | undefined, registry: Registry): ProjectedRecord {
  const caseId = caseOf(r);
  const place = caseId && r.recordType !== 'case' ? cases(caseId) : undefined;
  // a case's steps and fees are the handling unit's; a signal, feedback or review names its own unit
  const unitId = (CASE_OWNED.has(r.recordType) ? place?.unitId : undefined) ?? unitOf(r);
  const own = (r as { regionCode?: string }).regionCode;
  const regionCode = r.recordType === 'score' ? undefined : own ?? place?.regionCode ?? registry.regionOf(unitId);
  return {
    index, senderSystemId, recordType: r.recordType, id: r.id, revision: r.revision ?? 1,
    caseId, unitId, regionCode, caseNumber: r.recordType === 'case' ? r.caseNumber : undefined, body,
  };
}

/** The places a batch gives itself: its cases, and the divisions of the units it registers. */
export interface BatchPlaces { cases: Map<string, CasePlace>; unitRegions: Map<string, string> }

export function batchPlaces(records: readonly (FsjcRecord | undefined)[]): BatchPlaces {
  const cases = new Map<string, CasePlace>();
  const unitRegions = new Map<string, string>();
  for (const r of records) {
    if (r?.recordType === 'case') cases.set(r.id, { unitId: r.handlingUnitId, regionCode: r.regionCode, caseNumber: r.caseNumber });
    else if (r?.recordType === 'unit') unitRegions.set(r.id, r.regionCode);
  }
  return { cases, unitRegions };
}

/**
 * A record of a batch projected as ingest projects it: the batch's own cases and units first,
 * then what the centre knew before the batch. The rebuild from the log uses the same function,
 * so a rebuilt projection equals the one kept.
 */
export function projectInBatch(r: FsjcRecord, index: number, senderSystemId: string, local: BatchPlaces, known: ReadonlyMap<string, CasePlace>, registry: Registry, body?: string): ProjectedRecord {
  const proj = projectRecord(r, index, senderSystemId, body ?? JSON.stringify(r), (id) => local.cases.get(id) ?? known.get(id), registry);
  if (!proj.regionCode && proj.unitId) proj.regionCode = local.unitRegions.get(proj.unitId);
  return proj;
}
