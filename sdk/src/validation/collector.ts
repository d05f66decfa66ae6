import { SEVERITIES, isBlocking, type Issue, type Severity } from './issue.js';

export type SeverityCounts = Record<Severity, number>;
const zero = (): SeverityCounts => ({ critical: 0, error: 0, warning: 0, advisory: 0 });

/** All findings of one code: how many, and the first few as examples (FSJC-VAL-003). */
export interface IssueGroup {
  code: string;
  severity: Severity;
  requirement: string;
  count: number;
  examples: Issue[];
}

export interface FileResult {
  file: string;
  format?: string;
  bytes: number;
  records: number;
  valid: boolean;
  counts: SeverityCounts;
}

export interface ValidationReport {
  valid: boolean;
  counts: SeverityCounts;
  files: FileResult[];
  /** Groups by severity (most serious first), then by count. */
  groups: IssueGroup[];
}

/**
 * Gathers findings with bounded memory: counts for everything, examples only for the first few
 * of each code, so a file with a million identical faults still yields a short report.
 */
export class IssueCollector {
  private readonly groups = new Map<string, IssueGroup>();
  private readonly files: FileResult[] = [];
  /** The files by name (the last of a name), so a finding made later counts toward its own file. */
  private readonly byName = new Map<string, FileResult>();
  private current: FileResult | undefined;
  readonly counts = zero();

  constructor(private readonly maxExamples = 5, private readonly onIssue?: (issue: Issue) => void) {}

  startFile(file: string, format?: string): void {
    this.current = { file, format, bytes: 0, records: 0, valid: true, counts: zero() };
    this.files.push(this.current);
    this.byName.set(file, this.current);
  }

  endFile(bytes: number, records: number): FileResult {
    const f = this.current!;
    f.bytes = bytes;
    f.records = records;
    f.valid = !SEVERITIES.some((s) => isBlocking(s) && f.counts[s] > 0);
    return f;
  }

  add(issue: Issue): void {
    this.onIssue?.(issue);
    this.counts[issue.severity]++;
    // findings decided at the end of the input come after their file has ended
    const cur = this.current;
    const file = issue.file === undefined || issue.file === cur?.file ? cur : this.byName.get(issue.file) ?? cur;
    if (file) {
      file.counts[issue.severity]++;
      if (isBlocking(issue.severity)) file.valid = false;
    }
    let g = this.groups.get(issue.code);
    if (!g) {
      g = { code: issue.code, severity: issue.severity, requirement: issue.requirement, count: 0, examples: [] };
      this.groups.set(issue.code, g);
    }
    g.count++;
    if (g.examples.length < this.maxExamples) g.examples.push(issue);
  }

  report(): ValidationReport {
    const order = (s: Severity) => SEVERITIES.indexOf(s);
    const groups = [...this.groups.values()].sort((a, b) => order(a.severity) - order(b.severity) || b.count - a.count || a.code.localeCompare(b.code));
    return {
      valid: this.counts.critical === 0 && this.counts.error === 0,
      counts: { ...this.counts },
      files: this.files.map((f) => ({ ...f, counts: { ...f.counts } })),
      groups,
    };
  }
}
