import fs from 'node:fs';
import path from 'node:path';
import { loadCodeLists, loadSchemas, parseCsv, ROOT, DO_NOT_EDIT } from './load.js';

/** sdk/src/generated/schemas.ts: the schemas embedded, so the SDK validates offline without file access. */
export function schemasModule(): string {
  const schemas = Object.fromEntries(loadSchemas());
  return `// ${DO_NOT_EDIT}\n/* eslint-disable */\nexport const SCHEMAS: Record<string, any> = ${JSON.stringify(schemas, null, 1)};\n`;
}

/** sdk/src/generated/codelists.ts: the CSV code lists embedded. */
export function codeListsModule(): string {
  const lists = Object.fromEntries(loadCodeLists().map((l) => [l.name, {
    open: l.open, title_zh: l.title_zh, title_en: l.title_en,
    codes: l.rows.map((r) => ({ code: r.code, title_zh: r.title_zh, title_en: r.title_en, ...(r.deprecated ? { deprecated: r.deprecated } : {}) })),
  }]));
  return `// ${DO_NOT_EDIT}\n/* eslint-disable */\n` +
    `export interface GeneratedCode { code: string; title_zh: string; title_en: string; deprecated?: string }\n` +
    `export interface GeneratedCodeList { open: boolean; title_zh: string; title_en: string; codes: GeneratedCode[] }\n` +
    `export const CODELISTS: Record<string, GeneratedCodeList> = ${JSON.stringify(lists, null, 1)};\n`;
}

/** sdk/src/generated/event-fields.ts: Table 5 of the standard (standard/tables/event-fields.csv). */
export function eventFieldsModule(): string {
  const rows = parseCsv(fs.readFileSync(path.join(ROOT, 'standard/tables/event-fields.csv'), 'utf8')) as unknown as Record<string, string>[];
  const split = (v: string) => v.split(/\s+/).filter(Boolean);
  const table = Object.fromEntries(rows.map((r) => [r.eventType, { requiredBySchema: split(r.requiredBySchema), shall: split(r.shall), should: split(r.should), requirement: r.requirement }]));
  return `// ${DO_NOT_EDIT}\nexport interface EventFields { requiredBySchema: string[]; shall: string[]; should: string[]; requirement: string }\n` +
    `/** The fields each event type requires (Table 5, FSJC-DATA-030). */\nexport const EVENT_FIELDS: Record<string, EventFields> = ${JSON.stringify(table, null, 1)};\n`;
}
