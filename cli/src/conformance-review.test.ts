import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fsjc, tempDir } from '../../tests/support/cli.js';

describe('fsjc conformance review (FSJC-CONF-024)', () => {
  it('reviews the valid examples: valid (exit 0) with late reporting as warnings, in Chinese, English, JSON and HTML', () => {
    const zh = fsjc(['conformance', 'review', 'examples/valid', '--examples', '1']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toMatch(/^数据审查\n/);
    expect(zh.stdout).toMatch(/\[警告\] review\.lateReport \(FSJC-SIG-118\) × \d+\n  examples\/valid\/\S+ \/records\/\d+\/occurredAt .*\n  … 另有 \d+ 处/);
    expect(zh.stdout).not.toMatch(/review\.(requiredEventMissing|afterSent|beforeReceipt|recordedBeforeOccurred)/);
    expect(zh.stdout.trim().split('\n').at(-1)).toBe('结论：有效（数据质量发现不改变结论）');
    expect(fsjc(['conformance', 'review', 'examples/valid', '--lang', 'en']).stdout).toMatch(/Verdict: valid \(data-quality findings do not change it\)\n$/);

    const j = JSON.parse(fsjc(['conformance', 'review', 'examples/valid', '--format', 'json', '--profile', 'foshan']).stdout);
    expect(j).toMatchObject({ kind: 'fsjc-review-report', valid: true, profile: 'foshan', lagHours: 24 });
    expect(j.quality.map((g: { code: string }) => g.code)).toEqual(['review.lateReport']);

    const out = path.join(tempDir(), 'review.html');
    expect(fsjc(['conformance', 'review', 'examples/valid', '--format', 'html', '-o', out]).code).toBe(0);
    const html = fs.readFileSync(out, 'utf8');
    expect(html).toMatch(/<title>数据审查 Data review<\/title>/);
    expect(html).not.toMatch(/(src|href)="?https?:/);
  });

  it('exits 1 on a blocking validator finding, and 2 on a usage error', () => {
    const bad = fsjc(['conformance', 'review', 'examples/invalid/time.beforeReceipt.json']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/time\.beforeReceipt/);
    expect(bad.stdout).toMatch(/review\.beforeReceipt/);
    expect(fsjc(['conformance', 'review', 'examples/valid', '--format', 'pdf']).code).toBe(2);
    expect(fsjc(['conformance', 'review', 'examples/valid', '--profile', 'nowhere']).stderr).toMatch(/unknown --profile nowhere/);
    expect(fsjc(['conformance', 'review', 'no/such/file.json']).code).toBe(2);
  });
});
