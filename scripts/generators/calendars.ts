import fs from 'node:fs';
import path from 'node:path';
import { ROOT, DO_NOT_EDIT } from './load.js';

const readJson = (rel: string) => JSON.parse(fs.readFileSync(path.join(ROOT, rel), 'utf8'));
// data files only: a folder's *.schema.json describes them
const jsonFiles = (rel: string) => fs.readdirSync(path.join(ROOT, rel)).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json')).sort();

/** sdk/src/generated/calendars.ts: standard/calendars embedded, so the SDK's clock reads no file. */
export function calendarsModule(): string {
  const national = jsonFiles('standard/calendars/national').map((f) => readJson(`standard/calendars/national/${f}`));
  const local = Object.fromEntries(jsonFiles('standard/calendars/local').map((f) => {
    const data = readJson(`standard/calendars/local/${f}`);
    delete data.$comment;
    return [data.profile, data];
  }));
  const statutory = readJson('standard/calendars/statutory.json');
  delete statutory.$comment;
  const lunar = readJson('standard/calendars/lunar.json');
  // Compact form of the lunar table: one "YYYY-MM-DD:L:lengths" string per year (L = leap month, lengths as 9/0 for 29/30).
  const lunarYears = lunar.years.map((y: { newYear: string; leapMonth: number; months: number[] }) =>
    `${y.newYear}:${y.leapMonth}:${y.months.map((m) => (m === 30 ? '0' : '9')).join('')}`);
  return `// ${DO_NOT_EDIT}\n/* eslint-disable */\n` +
    `import type { NationalYear, StatutoryHolidays, LocalCalendar } from '../clock/calendar-data.js';\n\n` +
    `/** The State Council's yearly holiday notices (standard/calendars/national/). */\n` +
    `export const NATIONAL_YEARS: readonly NationalYear[] = ${JSON.stringify(national, null, 1)};\n\n` +
    `/** The statutory holidays used for a year without a notice (standard/calendars/statutory.json). */\n` +
    `export const STATUTORY_HOLIDAYS: StatutoryHolidays = ${JSON.stringify(statutory, null, 1)};\n\n` +
    `/** Local closures per profile (standard/calendars/local/). */\n` +
    `export const LOCAL_CALENDARS: Readonly<Record<string, LocalCalendar>> = ${JSON.stringify(local, null, 1)};\n\n` +
    `/** The lunar month table (standard/calendars/lunar.json), lunar years ${lunar.firstYear}–${lunar.lastYear}: "newYear:leapMonth:lengths", 9 = 29 days, 0 = 30 days. */\n` +
    `export const LUNAR_FIRST_YEAR = ${lunar.firstYear};\n` +
    `export const LUNAR_YEARS: readonly string[] = ${JSON.stringify(lunarYears)};\n`;
}

/** sdk/src/generated/profiles.ts: standard/profiles embedded. */
export function profilesModule(): string {
  const profiles = Object.fromEntries(jsonFiles('standard/profiles').map((f) => {
    const p = readJson(`standard/profiles/${f}`);
    return [p.name, p];
  }));
  return `// ${DO_NOT_EDIT}\n/* eslint-disable */\n` +
    `import type { Profile } from '../profiles/profile.js';\n\n` +
    `/** The profiles of standard/profiles/ (FSJC-ORG-009). */\n` +
    `export const PROFILES: Readonly<Record<string, Profile>> = ${JSON.stringify(profiles, null, 1)};\n`;
}

/** sdk/src/generated/rules.ts: the monitoring rules of standard/rules/rules.json. */
export function rulesModule(): string {
  const rules = readJson('standard/rules/rules.json');
  delete rules.$schema;
  return `// ${DO_NOT_EDIT}\n/* eslint-disable */\n` +
    `import type { RuleSet } from '../signals/rules-data.js';\n\n` +
    `/** The monitoring rules of the standard (standard/rules/rules.json, clause 13). */\n` +
    `export const RULES_V1: RuleSet = ${JSON.stringify(rules, null, 1)};\n`;
}
