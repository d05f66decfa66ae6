import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../scripts/generators/load.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dir = path.join(ROOT, 'standard/profiles');
const json = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));
// the profiles; profile.schema.json beside them describes them
const profiles = fs.readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json')).map((f) => json(`standard/profiles/${f}`));
const regions = new Map(parseCsv(fs.readFileSync(path.join(ROOT, 'standard/codelists/region.csv'), 'utf8')).map((r) => [r.code, r]));
const codes = (list: string) => new Set(parseCsv(fs.readFileSync(path.join(ROOT, `standard/codelists/${list}.csv`), 'utf8')).map((r) => r.code));

describe('profiles (FSJC-ORG-009..011)', () => {
  it('foshan, maoming and xinyu exist and foshan is the only default', () => {
    expect(profiles.map((p) => p.name).sort()).toEqual(['foshan', 'maoming', 'xinyu']);
    expect(profiles.filter((p) => p.default).map((p) => p.name)).toEqual(['foshan']);
  });

  it('name cities and districts listed in the region code list, within the city', () => {
    for (const p of profiles) {
      expect(regions.has(p.cityCode), p.name).toBe(true);
      for (const d of p.districts) {
        expect(regions.has(d), `${p.name} ${d}`).toBe(true);
        expect(d.slice(0, 4), `${p.name} ${d}`).toBe(p.cityCode.slice(0, 4));
      }
      // every listed district of the city belongs to the profile
      const listed = [...regions.keys()].filter((c) => c.startsWith(p.cityCode.slice(0, 4)) && c !== p.cityCode);
      expect(listed.sort(), p.name).toEqual([...p.districts].sort());
    }
  });

  it('follow their schema, their changes to the rules and the scoring method included (FSJC-SIG-002, FSJC-SCO-002)', () => {
    const schema = json('standard/profiles/profile.schema.json');
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    ajv.addSchema(json('standard/rules/rules.schema.json'));
    ajv.addSchema(json('standard/scoring/method.schema.json'));
    const validate = ajv.compile(schema);
    for (const p of profiles) expect(validate(p) ? [] : validate.errors, p.name).toEqual([]);
    // what the schema refuses: a misspelt member, an office time, a level or threshold that is no such thing
    const foshan = profiles.find((p) => p.name === 'foshan');
    const refused = (p: unknown) => (validate(p) ? [] : validate.errors!.map((e) => e.instancePath));
    expect(refused({ ...foshan, district: foshan.districts })).toEqual(['']);
    expect(refused({ ...foshan, clock: { ...foshan.clock, officeHours: [{ from: '9:00', to: '12:00' }] } })).toEqual(['/clock/officeHours/0/from']);
    expect(refused({ ...foshan, rules: { levels: { 'R-LIMIT-NEAR': 'ORANGE_CARD' } } })).toEqual(['/rules/levels/R-LIMIT-NEAR']);
    expect(refused({ ...foshan, scoring: { indicators: { onlineRate: { wieght: 5 } } } })).toEqual(['/scoring/indicators/onlineRate']);
    expect(refused({ ...foshan, scoring: { minCases: { WEEK: 5 } } })).toEqual(['/scoring/minCases']);
    // its code lists are the standard's
    expect(new Set(schema.properties.stages.items.enum)).toEqual(codes('stage'));
    expect(new Set(schema.properties.adminLevels.items.enum)).toEqual(codes('adminLevel'));
  });

  it('use only stage and level codes of the code lists', () => {
    const stages = codes('stage');
    const levels = codes('adminLevel');
    for (const p of profiles) {
      for (const s of p.stages) expect(stages.has(s), `${p.name} ${s}`).toBe(true);
      for (const l of p.adminLevels) expect(levels.has(l), `${p.name} ${l}`).toBe(true);
    }
  });

  it('agree with Table 3 of the normative text', () => {
    const text = fs.readFileSync(path.join(ROOT, 'standard/text/04-organisation.md'), 'utf8');
    for (const p of profiles) {
      const row = text.split('\n').find((l) => l.startsWith(`| ${p.name} |`))!;
      expect(row, p.name).toBeDefined();
      const [, , city, districts, levels, stages] = row.split('|').map((c) => c.trim());
      expect(city).toContain(p.cityCode);
      expect(districts.match(/\d{6}/g)).toEqual(p.districts);
      expect(levels.split(/,\s*/)).toEqual(p.adminLevels);
      expect(stages.match(/[A-Z_]{4,}/g) ?? []).toEqual(p.stages);
    }
  });
});

describe('profile clock settings (FSJC-ORG-009, FSJC-CLK-017, FSJC-CLK-030)', () => {
  it('give office hours the clock accepts, a day-end rule, and a supervision limit', async () => {
    const { OfficeHours } = await import('../sdk/src/clock/office-hours.js');
    const units = codes('limitUnit');
    for (const p of profiles) {
      const office = new OfficeHours(p.clock.officeHours);
      expect(office.perDay, p.name).toBeGreaterThan(0);
      expect(['MIDNIGHT', 'CLOSE_OF_BUSINESS'], p.name).toContain(p.clock.dayLimitEnd);
      expect(typeof p.clock.extendPromisedLimit, p.name).toBe('boolean');
      expect(units.has(p.clock.supervisionLimit.unit), p.name).toBe(true);
      expect(p.clock.supervisionLimit.value, p.name).toBeGreaterThan(0);
    }
  });
});
