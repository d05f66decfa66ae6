import type { Registry } from '../registry/registry.js';
import type { Role, TokenRow } from '../storage/types.js';

/** Who is asking: a token's holder, or the public. */
export interface Principal {
  tokenId?: string;
  role: Role | 'public';
  unitId?: string;
  regionCode?: string;
  systemId?: string;
}

export const PUBLIC: Principal = { role: 'public' };

export function principalOf(row: TokenRow): Principal {
  return { tokenId: row.id, role: row.role, unitId: row.unitId, regionCode: row.regionCode, systemId: row.systemId };
}

/**
 * The units whose records a principal may read (FSJC-ORG-008, FSJC-API-042): everything for the
 * city centre; a district centre's district units; a city department and its district
 * counterparts (the vertical link); a department itself; a system what it reports for.
 */
export function readableUnits(p: Principal, registry: Registry): 'all' | string[] {
  switch (p.role) {
    case 'admin':
    case 'city-centre':
      return 'all';
    case 'district-centre':
      return registry.districtUnits(p.regionCode!);
    case 'city-department':
      return [p.unitId!, ...registry.counterpartsOf(p.unitId!)];
    case 'department':
      return [p.unitId!];
    case 'system':
      return p.regionCode ? [...registry.units.values()].filter((u) => covers(p.regionCode!, u.regionCode)).map((u) => u.id) : [p.unitId!];
    default:
      return [];
  }
}

/** Whether a principal may read records about this unit. */
export function mayRead(p: Principal, registry: Registry, unitId: string | undefined): boolean {
  const units = readableUnits(p, registry);
  return units === 'all' || (!!unitId && units.includes(unitId));
}

/**
 * Whether a sending system may report a record of this unit and division (FSJC-API-041): a district
 * platform (token with a division) for its division; a department system for its own unit.
 */
export function maySubmit(p: Principal, unitId: string | undefined, regionCode: string | undefined): boolean {
  if (p.role === 'admin') return true;
  if (p.role !== 'system') return false;
  if (p.regionCode) return regionCode !== undefined && covers(p.regionCode, regionCode);
  return unitId === p.unitId;
}

/**
 * Whether a division covers another (GB/T 2260): itself, and for a city (code ending 00) every
 * district and county of it, which share its first four digits.
 */
export function covers(region: string, other: string): boolean {
  return other === region || (region.endsWith('00') && !region.endsWith('0000') && other.startsWith(region.slice(0, 4)));
}

/** Who supervises: may decide on feedback (accept, return, escalate). */
export function isSupervisor(p: Principal): boolean {
  return p.role === 'admin' || p.role === 'city-centre' || p.role === 'district-centre';
}
