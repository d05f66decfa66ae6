/**
 * Structure checks of six-digit administrative division codes (GB/T 2260).
 *
 * The code list region.csv lists every province-level code and the districts of the cities
 * that have a profile. The rows are passed in, so that this module reads no file.
 */

/** A row of the region code list; only `code` is used. */
export interface RegionRow {
  readonly code: string;
}

/**
 * - `listed`: the code is in the list;
 * - `unknownProvince`: the first two digits are no listed province (or the code is not six digits);
 * - `notInProfile`: the city is one whose districts are listed, but this code is not among them;
 * - `unlisted`: a listed province, nothing known below it.
 */
export type RegionClass = 'listed' | 'unknownProvince' | 'notInProfile' | 'unlisted';

export interface RegionIndex {
  readonly codes: ReadonlySet<string>;
  /** Two-digit prefixes of listed province codes (XX0000). */
  readonly provinces: ReadonlySet<string>;
  /** Four-digit prefixes of cities with at least one listed district or county. */
  readonly profiledCities: ReadonlySet<string>;
}

const SHAPE = /^[1-8][0-9]{5}$/;

/** Whether a string has the shape of a six-digit division code. */
export function isRegionCodeFormat(code: unknown): code is string {
  return typeof code === 'string' && SHAPE.test(code);
}

/** The province-level code a code belongs to, e.g. 440605 → 440000. */
export function provinceOf(code: string): string {
  return `${code.slice(0, 2)}0000`;
}

/** The prefecture-level code a code belongs to, e.g. 440605 → 440600. */
export function cityOf(code: string): string {
  return `${code.slice(0, 4)}00`;
}

/** Builds a lookup index from code-list rows (plain code strings are accepted too). */
export function regionIndex(rows: Iterable<RegionRow | string>): RegionIndex {
  const codes = new Set<string>();
  const provinces = new Set<string>();
  const profiledCities = new Set<string>();
  for (const row of rows) {
    const code = typeof row === 'string' ? row : row.code;
    if (!isRegionCodeFormat(code)) continue;
    codes.add(code);
    if (code.endsWith('0000')) provinces.add(code.slice(0, 2));
    else if (!code.endsWith('00')) profiledCities.add(code.slice(0, 4));
  }
  return { codes, provinces, profiledCities };
}

const cache = new WeakMap<object, RegionIndex>();

function indexFor(rows: Iterable<RegionRow | string> | RegionIndex): RegionIndex {
  if ('codes' in rows && 'provinces' in rows && 'profiledCities' in rows) return rows as RegionIndex;
  let index = cache.get(rows);
  if (!index) {
    index = regionIndex(rows as Iterable<RegionRow | string>);
    cache.set(rows, index);
  }
  return index;
}

/** Classifies a division code against the code list (rows, or an index built from them). */
export function classifyRegion(code: string, rows: Iterable<RegionRow | string> | RegionIndex): RegionClass {
  const index = indexFor(rows);
  if (!isRegionCodeFormat(code) || !index.provinces.has(code.slice(0, 2))) return 'unknownProvince';
  if (index.codes.has(code)) return 'listed';
  if (index.profiledCities.has(code.slice(0, 4))) return 'notInProfile';
  return 'unlisted';
}
