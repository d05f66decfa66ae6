import type { Contact, FsjcRecord, Post, Unit } from '@fsjc/sdk';

const SUPERVISED_BY_DISTRICT = new Set(['DISTRICT', 'TOWN']);

/**
 * The organisation registry as the centre knows it now (clause 4): the latest revision of every
 * unit, post and contact, with the links the access rules follow (FSJC-ORG-003, FSJC-ORG-004).
 */
export class Registry {
  readonly units = new Map<string, Unit>();
  readonly posts = new Map<string, Post>();
  readonly contacts = new Map<string, Contact>();
  /** City department → the district departments whose counterpartUnitId names it. */
  private readonly counterparts = new Map<string, Set<string>>();
  /** Bumped on every change, so callers can cache what they derive. */
  version = 0;

  /** Takes a record if it is an organisation record newer than the one held. */
  add(record: FsjcRecord): void {
    switch (record.recordType) {
      case 'unit': {
        const old = this.units.get(record.id);
        if (!newer(record, old)) return;
        if (old?.counterpartUnitId) this.counterparts.get(old.counterpartUnitId)?.delete(old.id);
        this.units.set(record.id, record);
        if (record.counterpartUnitId) {
          let set = this.counterparts.get(record.counterpartUnitId);
          if (!set) this.counterparts.set(record.counterpartUnitId, (set = new Set()));
          set.add(record.id);
        }
        break;
      }
      case 'post':
        if (!newer(record, this.posts.get(record.id))) return;
        this.posts.set(record.id, record);
        break;
      case 'contact':
        if (!newer(record, this.contacts.get(record.id))) return;
        this.contacts.set(record.id, record);
        break;
      default:
        return;
    }
    this.version++;
  }

  clear(): void {
    this.units.clear();
    this.posts.clear();
    this.contacts.clear();
    this.counterparts.clear();
    this.version++;
  }

  regionOf(unitId: string | undefined): string | undefined {
    return unitId ? this.units.get(unitId)?.regionCode : undefined;
  }

  /** The units a district centre supervises (FSJC-ORG-003). */
  districtUnits(regionCode: string): string[] {
    const out: string[] = [];
    for (const u of this.units.values()) if (u.regionCode === regionCode && SUPERVISED_BY_DISTRICT.has(u.adminLevel)) out.push(u.id);
    return out;
  }

  /** The district departments whose counterpart is this city department (FSJC-ORG-004). */
  counterpartsOf(unitId: string): string[] {
    return [...(this.counterparts.get(unitId) ?? [])];
  }
}

function newer(r: { revision?: number }, old: { revision?: number } | undefined): boolean {
  return !old || (r.revision ?? 1) >= (old.revision ?? 1);
}
