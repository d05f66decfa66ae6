import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportDigest, reportJson } from './json.js';
import { failingReport } from './sample.js';
import { writeReports, type ReportFormat } from './write.js';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'fsjc-reports-'));

describe('writeReports', () => {
  it('writes report.json, report.html and report.junit.xml into a new directory and returns their paths', () => {
    const dir = path.join(tmp(), 'run', '1');
    const report = failingReport();
    const paths = writeReports(report, dir);
    expect(paths).toEqual(['report.json', 'report.html', 'report.junit.xml'].map((f) => path.join(dir, f)));
    expect(fs.readdirSync(dir).sort()).toEqual(['report.html', 'report.json', 'report.junit.xml']);
    expect(fs.readFileSync(paths[0], 'utf8')).toBe(reportJson(report));
    expect(reportDigest(JSON.parse(fs.readFileSync(paths[0], 'utf8')))).toBe(reportDigest(report));
    expect(fs.readFileSync(paths[1], 'utf8')).toMatch(/^<!DOCTYPE html>/);
    expect(fs.readFileSync(paths[2], 'utf8')).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites /);
  });

  it('writes only the formats asked for, and refuses one it does not know', () => {
    const dir = tmp();
    expect(writeReports(failingReport(), dir, ['junit'])).toEqual([path.join(dir, 'report.junit.xml')]);
    expect(fs.readdirSync(dir)).toEqual(['report.junit.xml']);
    expect(() => writeReports(failingReport(), dir, ['pdf' as ReportFormat])).toThrow(/unknown report format pdf/);
  });
});
