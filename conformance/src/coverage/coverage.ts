import fs from 'node:fs';
import path from 'node:path';
import { CODES, METHOD_V1, RULES_V1, STANDARD_VERSION } from '@fsjc/sdk';
import { KIT_DATA, suiteProblems } from '../suite/load.js';
import type { SuiteDef } from '../suite/types.js';
import { vectorFiles } from '../vectors/run.js';
import { REVIEW_CHECKS } from '../review/checks/index.js';
import { noteText } from '../messages/index.js';

/**
 * Requirement coverage (FSJC-CONF-017): every requirement of the standard with what verifies it,
 * or why nothing does. Only what really tests a requirement counts: a rule or an indicator counts
 * through the vectors that exercise it, never by existing.
 */

/** What can verify a requirement, in the order they are listed. */
export type CoverageSourceKind = 'suite' | 'vector' | 'validator' | 'rule' | 'indicator' | 'review';
export const COVERAGE_SOURCE_KINDS: readonly CoverageSourceKind[] = ['suite', 'vector', 'validator', 'rule', 'indicator', 'review'];

export interface CoverageSource {
  kind: CoverageSourceKind;
  /** The test ID, vector ID, finding code, rule ID, indicator ID or review check ID. */
  ref: string;
  /** The data file it is in, relative to the kit (suites/v1/client.json, vectors/clock/cases.json). */
  file?: string;
  /** For rules and indicators: the vectors that exercise them. */
  via?: string[];
}

export interface CoverageReason {
  kind: string;
  /** The pattern of the reasons file that matched. */
  match: string;
  zh: string;
  en: string;
}

export type CoverageStatus = 'covered' | 'explained' | 'gap';

export interface CoverageEntry {
  id: string;
  file: string;
  strength: string;
  status: CoverageStatus;
  verifiedBy: CoverageSource[];
  /** Why nothing verifies it; only for status explained. */
  reason?: CoverageReason;
}

/** Something the reader should know about the inputs: a code of the kit's catalogues with its values. */
export interface CoverageNote {
  code: string;
  params?: Record<string, string | number>;
}

export interface CoverageReport {
  kind: 'fsjc-coverage-report';
  reportVersion: 1;
  standardVersion: string;
  summary: { requirements: number; covered: number; explained: number; gap: number };
  requirements: CoverageEntry[];
  notes: CoverageNote[];
}

export interface CoverageOptions {
  /** standard/requirements.json (default: beside the kit in this repository). */
  requirementsFile?: string;
  /** Where suites/, vectors/ and coverage-reasons.json are (default: the kit's own data). */
  kitData?: string;
  /** The reasons file (default: coverage-reasons.json of the kit data). */
  reasonsFile?: string;
}

export interface ReasonsFile {
  reasons: { kind: string; match: string[]; zh: string; en: string }[];
}

interface Requirement { id: string; file: string; strength: string }

const ID = /^FSJC-[A-Z]+-\d{3}$/;

/**
 * Whether a pattern of the reasons file names a requirement: an ID, an area prefix ending in a
 * hyphen (FSJC-API-), or an inclusive range within one area (FSJC-CODE-001..FSJC-CODE-005).
 */
export function reasonMatches(pattern: string, id: string): boolean {
  const range = /^(FSJC-[A-Z]+-)(\d{3})\.\.(FSJC-[A-Z]+-)(\d{3})$/.exec(pattern);
  if (range) {
    const m = /^(FSJC-[A-Z]+-)(\d{3})$/.exec(id);
    return !!m && m[1] === range[1] && range[1] === range[3] && m[2] >= range[2] && m[2] <= range[4];
  }
  if (pattern.endsWith('-')) return id.startsWith(pattern);
  return pattern === id;
}

/** The reasons file, as data. */
export function loadCoverageReasons(file = path.join(KIT_DATA, 'coverage-reasons.json')): ReasonsFile {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as ReasonsFile;
}

const rel = (root: string, file: string) => path.relative(root, file).split(path.sep).join('/');

/** Every requirement of the standard with what verifies it, or the reason nothing does, or the plain fact that nothing does. */
export function coverage(opts: CoverageOptions = {}): CoverageReport {
  const kit = opts.kitData ?? KIT_DATA;
  const requirementsFile = opts.requirementsFile ?? path.resolve(KIT_DATA, '../standard/requirements.json');
  if (!fs.existsSync(requirementsFile)) throw new Error('no list of requirements (standard/requirements.json) beside the kit: coverage needs the repository of the standard');
  const requirements = (JSON.parse(fs.readFileSync(requirementsFile, 'utf8')).requirements as Requirement[]);
  const known = new Set(requirements.map((r) => r.id));
  const reasons = loadCoverageReasons(opts.reasonsFile ?? path.join(kit, 'coverage-reasons.json')).reasons;
  const notes: CoverageNote[] = [];
  const by = new Map<string, CoverageSource[]>();
  const unknown = new Map<string, { kind: CoverageSourceKind; id: string; refs: string[] }>();
  const cite = (id: string, source: CoverageSource) => {
    if (!known.has(id)) {
      // said once per requirement and kind of source: a stale list of requirements is one fact
      const key = `${source.kind}\u0000${id}`;
      const u = unknown.get(key) ?? { kind: source.kind, id, refs: [] };
      if (!u.refs.includes(source.ref)) u.refs.push(source.ref);
      unknown.set(key, u);
      return;
    }
    const list = by.get(id) ?? [];
    // one rule or code may cite the same requirement through several vectors: list it once
    if (!list.some((s) => s.kind === source.kind && s.ref === source.ref)) list.push(source);
    by.set(id, list);
  };

  // suite tests: the suites are data, perhaps not written yet
  const suitesDir = path.join(kit, 'suites', 'v1');
  const suiteFiles = fs.existsSync(suitesDir) ? fs.readdirSync(suitesDir).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json')).sort() : [];
  if (!suiteFiles.length) notes.push({ code: 'coverage.note.noSuites' });
  for (const name of suiteFiles) {
    const file = rel(kit, path.join(suitesDir, name));
    let suite: unknown;
    try {
      suite = JSON.parse(fs.readFileSync(path.join(suitesDir, name), 'utf8'));
    } catch (e) {
      notes.push({ code: 'coverage.note.unreadable', params: { file, problem: (e as Error).message } });
      continue;
    }
    const problems = suiteProblems(suite);
    if (problems.length) {
      notes.push({ code: 'coverage.note.suiteUnsound', params: { file, problem: problems[0] } });
      continue;
    }
    for (const g of (suite as SuiteDef).groups) for (const t of g.tests) for (const id of t.requirements) cite(id, { kind: 'suite', ref: t.id, file });
  }

  // test vectors, and through the signals and scores vectors the rules and indicators they exercise
  const byRule = new Map<string, string[]>();
  const byIndicator = new Map<string, string[]>();
  const vectorsDir = path.join(kit, 'vectors');
  for (const abs of fs.existsSync(vectorsDir) ? vectorFiles([vectorsDir]) : []) {
    const file = rel(kit, abs);
    let vectors: { id: string; kind?: string; rule?: string; requirements?: string[]; expected?: any }[];
    try {
      vectors = JSON.parse(fs.readFileSync(abs, 'utf8')).vectors;
      if (!Array.isArray(vectors)) throw new Error('no "vectors" array');
    } catch (e) {
      notes.push({ code: 'coverage.note.unreadable', params: { file, problem: (e as Error).message } });
      continue;
    }
    for (const v of vectors) {
      for (const id of v.requirements ?? []) cite(id, { kind: 'vector', ref: v.id, file });
      if (v.kind === 'signals' && v.rule) byRule.set(v.rule, [...(byRule.get(v.rule) ?? []), v.id]);
      if (v.kind === 'scores') {
        // an indicator counts where a vector expects a value of it, not merely the points of no data
        const seen = new Set<string>();
        for (const s of Array.isArray(v.expected?.subjects) ? v.expected.subjects : []) {
          for (const [name, x] of Object.entries(s?.indicators ?? {})) if ((x as { value?: unknown })?.value != null) seen.add(name);
        }
        for (const name of seen) byIndicator.set(name, [...(byIndicator.get(name) ?? []), v.id]);
      }
    }
  }

  for (const [code, info] of Object.entries(CODES)) cite(info.requirement, { kind: 'validator', ref: code });
  for (const rule of RULES_V1.rules) {
    const via = byRule.get(rule.id);
    if (via) cite(rule.requirement, { kind: 'rule', ref: rule.id, via });
  }
  for (const indicator of METHOD_V1.indicators) {
    const via = byIndicator.get(indicator.id);
    if (via && indicator.requirement) cite(indicator.requirement, { kind: 'indicator', ref: indicator.id, via });
  }
  for (const check of REVIEW_CHECKS) cite(check.requirement, { kind: 'review', ref: check.id });

  for (const u of unknown.values()) notes.push({ code: 'coverage.note.unknownRequirement', params: { kind: u.kind, ref: u.refs.join(', '), id: u.id } });

  const entries: CoverageEntry[] = requirements.map((r) => {
    const verifiedBy = (by.get(r.id) ?? []).sort((a, b) => COVERAGE_SOURCE_KINDS.indexOf(a.kind) - COVERAGE_SOURCE_KINDS.indexOf(b.kind));
    const base = { id: r.id, file: r.file, strength: r.strength };
    if (verifiedBy.length) return { ...base, status: 'covered' as const, verifiedBy };
    for (const reason of reasons) {
      const match = reason.match.find((p) => reasonMatches(p, r.id));
      if (match) return { ...base, status: 'explained' as const, verifiedBy, reason: { kind: reason.kind, match, zh: reason.zh, en: reason.en } };
    }
    return { ...base, status: 'gap' as const, verifiedBy };
  });
  const count = (s: CoverageStatus) => entries.filter((e) => e.status === s).length;
  return {
    kind: 'fsjc-coverage-report',
    reportVersion: 1,
    standardVersion: STANDARD_VERSION,
    summary: { requirements: entries.length, covered: count('covered'), explained: count('explained'), gap: count('gap') },
    requirements: entries,
    notes,
  };
}

type Lang = 'zh' | 'en';
const t = (code: string, lang: Lang, params?: Record<string, string | number>) => noteText({ code, params }, lang);
const noteLine = (n: CoverageNote, lang: Lang) => t(n.code, lang, { ...n.params, ...(n.params?.kind ? { source: t(`coverage.source.${n.params.kind}`, lang) } : {}) });
const statusText = (e: CoverageEntry, lang: Lang) => t(e.status === 'gap' ? 'coverage.gap' : `coverage.status.${e.status}`, lang);
const wanted = (report: CoverageReport, uncovered?: boolean) => report.requirements.filter((e) => !uncovered || e.status !== 'covered');

/** What verifies a requirement, one line per kind of source, each listing at most `max` references. */
function sourceLines(e: CoverageEntry, max = 10): string[] {
  return COVERAGE_SOURCE_KINDS.flatMap((kind) => {
    const refs = e.verifiedBy.filter((s) => s.kind === kind).map((s) => (s.via ? `${s.ref} (${s.via.join(', ')})` : s.ref));
    if (!refs.length) return [];
    const shown = refs.slice(0, max).join(', ') + (refs.length > max ? `, … (+${refs.length - max})` : '');
    return [`${t(`coverage.source.${kind}`, 'zh')} ${t(`coverage.source.${kind}`, 'en')}: ${shown}`];
  });
}

/** Plain text, Chinese first with English after it; `uncovered` lists only requirements no test verifies. */
export function renderCoverageText(report: CoverageReport, opts: { uncovered?: boolean } = {}): string {
  const out = [`${t('coverage.title', 'zh')} ${t('coverage.title', 'en')} (FSJC ${report.standardVersion})`, ''];
  for (const e of wanted(report, opts.uncovered)) {
    out.push(`${e.id.padEnd(14)} ${e.strength.padEnd(6)} ${statusText(e, 'zh')} / ${statusText(e, 'en')}`);
    for (const line of sourceLines(e)) out.push(`    ${line}`);
    if (e.reason) out.push(`    ${e.reason.zh}`, `    ${e.reason.en}`);
  }
  const s = report.summary;
  out.push('', t('coverage.summary', 'zh', s), t('coverage.summary', 'en', s));
  for (const n of report.notes) out.push(noteLine(n, 'zh'), noteLine(n, 'en'));
  return out.join('\n') + '\n';
}

/** JSON: the whole report, or only the requirements no test verifies. */
export function renderCoverageJson(report: CoverageReport, opts: { uncovered?: boolean } = {}): string {
  return JSON.stringify({ ...report, requirements: wanted(report, opts.uncovered), notes: report.notes.map((n) => ({ ...n, zh: noteLine(n, 'zh'), en: noteLine(n, 'en') })) }, null, 2) + '\n';
}

const csvCell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** CSV (RFC 4180, with a byte-order mark for spreadsheets): a row per requirement. */
export function renderCoverageCsv(report: CoverageReport, opts: { uncovered?: boolean } = {}): string {
  const rows = [['id', 'strength', 'status', 'verifiedBy', 'status_zh', 'status_en', 'reason_zh', 'reason_en']];
  for (const e of wanted(report, opts.uncovered)) {
    rows.push([e.id, e.strength, e.status, e.verifiedBy.map((s) => `${s.kind}:${s.ref}`).join(' '), statusText(e, 'zh'), statusText(e, 'en'), e.reason?.zh ?? '', e.reason?.en ?? '']);
  }
  return '\ufeff' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
