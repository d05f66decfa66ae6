import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSchemas, parseCsv } from '../scripts/generators/load.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const rows = parseCsv(fs.readFileSync(path.join(ROOT, 'standard/tables/event-fields.csv'), 'utf8')) as unknown as Record<string, string>[];
const list = (v: string) => v.split(/\s+/).filter(Boolean).join(', ') || '—';

describe('Table 5, the fields of each event type (FSJC-DATA-030)', () => {
  it('has one row per event type, in code-list order', () => {
    const codes = parseCsv(fs.readFileSync(path.join(ROOT, 'standard/codelists/eventType.csv'), 'utf8')).map((r) => r.code);
    expect(rows.map((r) => r.eventType)).toEqual(codes);
  });

  it('states the same schema-required fields as the schema conditions', () => {
    const conditions = loadSchemas().get('event.schema.json')!.allOf as any[];
    const bySchema = Object.fromEntries(conditions.map((c) => [c.if.properties.eventType.const, c.then.required]));
    for (const r of rows) expect(list(r.requiredBySchema), r.eventType).toBe(list((bySchema[r.eventType] ?? []).join(' ')));
  });

  it('is printed in the normative text as it is in the table', () => {
    const text = fs.readFileSync(path.join(ROOT, 'standard/text/05-data-model.md'), 'utf8');
    for (const r of rows) {
      const line = text.split('\n').find((l) => l.startsWith(`| ${r.eventType} |`));
      expect(line, r.eventType).toBeDefined();
      const cells = line!.split('|').map((c) => c.trim());
      const should = r.eventType === 'DECIDED' ? `DENIED: ${list(r.should)}` : list(r.should);
      expect([cells[3], cells[4], cells[5], cells[6]], r.eventType).toEqual([list(r.requiredBySchema), list(r.shall), should, r.requirement]);
    }
  });
});
