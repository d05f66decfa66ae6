import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyRegion, cityOf, isRegionCodeFormat, provinceOf, regionIndex } from './gb2260.js';

// The test reads the code list; the module itself only takes rows.
const csv = readFileSync(new URL('../../../standard/codelists/region.csv', import.meta.url), 'utf8');
const rows = csv
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((line) => ({ code: line.split(',')[0] }));

describe('GB/T 2260 division codes', () => {
  it('classifies listed codes', () => {
    for (const code of ['440000', '440600', '440604', '440605', '440606', '440607', '440608', '440900', '440981', '360521', '110000', '820000']) {
      expect(classifyRegion(code, rows)).toBe('listed');
    }
  });

  it('finds unknown provinces', () => {
    for (const code of ['290000', '290604', '190100', '660100', '800000', '990000', '44060', '4406050', '44060A', '', '04060 ']) {
      expect(classifyRegion(code, rows)).toBe('unknownProvince');
    }
  });

  it('finds districts missing from a profiled city', () => {
    // 4406, 4409 and 3605 have listed districts
    for (const code of ['440699', '440601', '440603', '440903', '360503']) {
      expect(classifyRegion(code, rows)).toBe('notInProfile');
    }
  });

  it('leaves codes below other cities of a listed province unlisted', () => {
    for (const code of ['441900', '440100', '440106', '445302', '110105', '469001']) {
      expect(classifyRegion(code, rows)).toBe('unlisted');
    }
  });

  it('accepts plain code strings and a prebuilt index', () => {
    const codes = rows.map((r) => r.code);
    expect(classifyRegion('440699', codes)).toBe('notInProfile');
    const index = regionIndex(rows);
    expect(index.provinces.has('44')).toBe(true);
    expect(index.profiledCities.has('4406')).toBe(true);
    expect(index.profiledCities.has('4401')).toBe(false);
    expect(classifyRegion('440605', index)).toBe('listed');
    expect(classifyRegion('440605', [])).toBe('unknownProvince');
  });

  it('derives the province and city of a code', () => {
    expect(provinceOf('440605')).toBe('440000');
    expect(cityOf('440605')).toBe('440600');
    expect(isRegionCodeFormat('440605')).toBe(true);
    expect(isRegionCodeFormat('040605')).toBe(false);
    expect(isRegionCodeFormat(440605)).toBe(false);
  });
});
