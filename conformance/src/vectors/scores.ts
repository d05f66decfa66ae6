import { methodFor, parseInstant, profile as findProfile, score, World, type BatchLike, type ProfileScoring, type ScoreLevel, type ScoreReport, type Signal } from '@fsjc/sdk';

/** What a vector expects of one subject: every field given must be equal; `rank: null` means not ranked. */
export interface ExpectedSubject {
  level: ScoreLevel;
  subjectId: string;
  caseCount?: number;
  ranked?: boolean;
  rank?: number | null;
  score?: string;
  grade?: string;
  cappedBy?: string;
  change?: string;
  rankChange?: number;
  previous?: { score?: string; grade?: string; rank?: number };
  /** By indicator: value (null when it does not apply) and points. */
  indicators?: Record<string, { value?: string | null; points?: string }>;
}

/** One scores vector (conformance/vectors/scores.schema.json). */
export interface ScoresVector {
  id: string;
  description: string;
  requirements: string[];
  kind: 'scores';
  input: {
    profile?: string;
    period: string;
    levels?: ScoreLevel[];
    asOf?: string;
    /** Changes to the standard's method, as a profile would make them (FSJC-SCO-002). */
    scoring?: ProfileScoring;
    /** The records; signal records among them are the signals counted. */
    batches: BatchLike[];
  };
  expected: {
    subjects: ExpectedSubject[];
    /** Subjects that must not be listed. */
    absent?: { level: ScoreLevel; subjectId: string }[];
  };
}

/** The scorer's report for a vector's input. */
export function runScoresVector(v: ScoresVector): ScoreReport {
  const p = findProfile(v.input.profile);
  const signals = v.input.batches.flatMap((b) => b.records as { recordType?: string }[]).filter((r) => r.recordType === 'signal') as Signal[];
  return score(new World(v.input.batches), {
    period: v.input.period, profile: p.name, signals, levels: v.input.levels,
    method: methodFor({ name: p.name, scoring: { ...p.scoring, ...v.input.scoring } }),
    ...(v.input.asOf ? { asOf: parseInstant(v.input.asOf) } : {}),
  });
}

/** Where the report departs from the vector. */
export function scoresVectorDifferences(v: ScoresVector, report: ScoreReport): string[] {
  const out: string[] = [];
  for (const e of v.expected.subjects) {
    const got = report.subjects.find((s) => s.level === e.level && s.subjectId === e.subjectId);
    const where = `${e.level} ${e.subjectId}`;
    if (!got) {
      out.push(`${where}: not listed (listed: ${report.subjects.filter((s) => s.level === e.level).map((s) => s.subjectId).join(', ') || 'none'})`);
      continue;
    }
    const field = (name: string, want: unknown, have: unknown) => {
      if (want === undefined) return;
      if (JSON.stringify(want ?? undefined) !== JSON.stringify(have)) out.push(`${where}: ${name} ${JSON.stringify(have ?? null)}, expected ${JSON.stringify(want)}`);
    };
    field('caseCount', e.caseCount, got.caseCount);
    field('ranked', e.ranked, got.ranked);
    field('rank', e.rank, got.rank);
    field('score', e.score, got.score);
    field('grade', e.grade, got.grade);
    field('cappedBy', e.cappedBy, got.cappedBy);
    field('change', e.change, got.change);
    field('rankChange', e.rankChange, got.rankChange);
    for (const [k, want] of Object.entries(e.previous ?? {})) field(`previous.${k}`, want, (got.previous as Record<string, unknown> | undefined)?.[k]);
    for (const [id, want] of Object.entries(e.indicators ?? {})) {
      const i = got.indicators.find((x) => x.indicatorId === id);
      if (!i) { out.push(`${where}: no indicator ${id} at this level`); continue; }
      field(`${id}.value`, want.value, i.value);
      field(`${id}.points`, want.points, i.points);
    }
  }
  for (const a of v.expected.absent ?? []) {
    if (report.subjects.some((s) => s.level === a.level && s.subjectId === a.subjectId)) out.push(`${a.level} ${a.subjectId}: listed, expected not`);
  }
  return out;
}
