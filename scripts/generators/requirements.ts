import fs from 'node:fs';
import path from 'node:path';
import { ROOT, DO_NOT_EDIT } from './load.js';

export interface Requirement { id: string; file: string; line: number; strength: 'MUST' | 'SHOULD' | 'MAY' | 'INFO'; text: string }

/** Every requirement defined in the normative text: `**[FSJC-AREA-NNN]**` at the start of a paragraph. */
export function extractRequirements(dir = path.join(ROOT, 'standard/text'), pending: ReadonlyMap<string, string> = new Map()): Requirement[] {
  if (!fs.existsSync(dir)) return [];
  const seen = new Map<string, Requirement>();
  const files = new Set([...fs.readdirSync(dir).filter((f) => f.endsWith('.md')), ...pending.keys()]);
  for (const file of [...files].sort()) {
    const lines = (pending.get(file) ?? fs.readFileSync(path.join(dir, file), 'utf8')).split('\n');
    lines.forEach((line, i) => {
      const m = /^\s*(?:[-*]\s+)?\*\*\[(FSJC-[A-Z]+-\d{3})\]\*\*\s*(.*)$/.exec(line);
      if (!m) return;
      const [, id, text] = m;
      if (seen.has(id)) return; // the English rendering repeats the Chinese paragraph's ID
      const strength = /(^|[^不])应(?!当不)/.test(text) || /不应|不得/.test(text) ? 'MUST' : /宜/.test(text) ? 'SHOULD' : /可/.test(text) ? 'MAY' : 'INFO';
      seen.set(id, { id, file: `standard/text/${file}`, line: i + 1, strength, text: text.trim() });
    });
  }
  return [...seen.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** standard/requirements.json: the index of requirement IDs, for tests and coverage reports. */
export function requirementsIndex(pending: ReadonlyMap<string, string> = new Map()): string {
  return JSON.stringify({ $comment: DO_NOT_EDIT, requirements: extractRequirements(undefined, pending) }, null, 2) + '\n';
}
