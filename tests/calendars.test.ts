import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const DIR = path.join(ROOT, 'standard/calendars');
const read = (rel: string) => JSON.parse(fs.readFileSync(path.join(DIR, rel), 'utf8'));
const schema = read('calendar.schema.json');
const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addSchema(schema);
const check = (def: string, data: unknown) => {
  const validate = ajv.getSchema(`${schema.$id}#/$defs/${def}`)!;
  return validate(data) ? [] : validate.errors;
};
const DAY = 86_400_000;
const day = (s: string) => Date.parse(`${s}T00:00:00Z`) / DAY;

describe('calendar data in standard/calendars (FSJC-CLK-002..005)', () => {
  const national = fs.readdirSync(path.join(DIR, 'national')).filter((f) => f.endsWith('.json'));

  it('national files follow the schema, are named by their year and cite their notice', () => {
    expect(national.length).toBeGreaterThanOrEqual(2);
    for (const f of national) {
      const y = read(`national/${f}`);
      expect(check('national', y), f).toEqual([]);
      expect(f).toBe(`${y.year}.json`);
      expect(y.notice.title_zh).toContain(String(y.year));
      for (const o of y.daysOff) {
        expect(o.from <= o.to, `${f} ${o.from}`).toBe(true);
        expect(o.from.startsWith(String(y.year)) || o.to.startsWith(String(y.year)), `${f} ${o.from}`).toBe(true);
      }
      // a make-up working day is a Saturday or Sunday, else it would change nothing
      for (const w of y.makeUpWorkdays) expect([0, 6], `${f} ${w.date}`).toContain(new Date(w.date).getUTCDay());
    }
  });

  it('statutory holidays and local closures follow the schema; one local file per profile', () => {
    expect(check('statutory', read('statutory.json'))).toEqual([]);
    const profiles = fs.readdirSync(path.join(ROOT, 'standard/profiles')).filter((f) => !f.endsWith('.schema.json')).map((f) => f.replace('.json', '')).sort();
    const locals = fs.readdirSync(path.join(DIR, 'local')).map((f) => f.replace('.json', '')).sort();
    expect(locals).toEqual(profiles);
    for (const p of locals) {
      const l = read(`local/${p}.json`);
      expect(check('local', l), p).toEqual([]);
      expect(l.profile).toBe(p);
    }
  });

  it('the lunar table is consistent: each year\'s months lead to the next lunar new year', () => {
    const lunar = read('lunar.json');
    expect(check('lunar', lunar)).toEqual([]);
    for (let i = 0; i + 1 < lunar.years.length; i++) {
      const y = lunar.years[i];
      expect(y.months.length, String(y.year)).toBe(y.leapMonth ? 13 : 12);
      const sum = y.months.reduce((a: number, b: number) => a + b, 0);
      expect(day(y.newYear) + sum, String(y.year)).toBe(day(lunar.years[i + 1].newYear));
    }
  });
});
