import { describe, expect, it } from 'vitest';
import { newIssue } from './codes.js';
import { IssueCollector } from './collector.js';

describe('the issue collector', () => {
  it('counts a finding toward the file it names, also once that file has ended', () => {
    const c = new IssueCollector();
    c.startFile('a.json');
    c.endFile(10, 1);
    c.startFile('b.json');
    c.add(newIssue('ref.notInInput', { value: 'U-1', expected: 'unit', count: 1 }, { file: 'b.json' }));
    c.endFile(10, 1);
    // decided at the end of the input, about the first file
    c.add(newIssue('id.duplicate', { id: 'C1', revision: 1 }, { file: 'a.json', recordIndex: 0 }));
    const [a, b] = c.report().files;
    expect(a).toMatchObject({ file: 'a.json', valid: false, counts: { error: 1, advisory: 0 } });
    expect(b).toMatchObject({ file: 'b.json', valid: true, counts: { error: 0, advisory: 1 } });
    expect(c.report().valid).toBe(false);
  });

  it('counts a finding without a file toward the current one', () => {
    const c = new IssueCollector();
    c.startFile('a.json');
    c.add(newIssue('envelope.checksumMissing', undefined, {}));
    c.endFile(1, 0);
    const counts = c.report().files[0].counts;
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(1);
  });
});
