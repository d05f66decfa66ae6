import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fsjc, ROOT } from '../../tests/support/cli.js';

const REQUIREMENTS = (JSON.parse(fs.readFileSync(path.join(ROOT, 'standard/requirements.json'), 'utf8')).requirements as { id: string }[]).map((r) => r.id);

describe('fsjc conformance coverage (FSJC-CONF-017)', () => {
  it('lists every requirement once with a summary, as text, JSON and CSV', () => {
    const text = fsjc(['conformance', 'coverage']);
    expect(text.code).toBe(0);
    const lines = text.stdout.split('\n');
    for (const id of REQUIREMENTS) expect(lines.filter((l) => l.startsWith(`${id} `)), id).toHaveLength(1);
    const j = JSON.parse(fsjc(['conformance', 'coverage', '--format', 'json']).stdout);
    expect(j.requirements).toHaveLength(REQUIREMENTS.length);
    const { covered, explained, gap } = j.summary;
    expect(covered + explained + gap).toBe(REQUIREMENTS.length);
    expect(text.stdout).toContain(`${REQUIREMENTS.length} requirements: ${covered} covered, ${explained} without a test but with a reason, ${gap} not covered.`);
    const csv = fsjc(['conformance', 'coverage', '--format', 'csv', '--uncovered']).stdout;
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.trim().split('\r\n')).toHaveLength(1 + explained + gap);
    expect(csv).not.toMatch(/,covered,/);
  });

  it('refuses an unknown format', () => {
    expect(fsjc(['conformance', 'coverage', '--format', 'xml']).code).toBe(2);
  });
});
