import { dayOf, evaluate, formatDay, parseInstant, score, World, type BatchLike, type SubjectScore } from '@fsjc/sdk';
import type { Check } from '../../suite/run.js';
import type { Note } from '../../suite/types.js';
import { incompleteCases, type ClientContext } from '../context.js';
import { cityRegistry } from '../registry.js';

/** Months (YYYY-MM, China Standard Time) in which any of the records' events happened. */
function monthsOf(records: readonly Record<string, unknown>[]): string[] {
  const months = new Set<string>();
  for (const r of records) if (typeof r.occurredAt === 'string') months.add(formatDay(dayOf(parseInstant(r.occurredAt))).slice(0, 7));
  return [...months].sort();
}

/** Each subject's score and indicators, keyed for comparison; the name aside, which the system does not set. */
function scoresOf(batches: BatchLike[], now: number, months: string[]): Map<string, SubjectScore> {
  const world = new World(batches);
  const { signals } = evaluate(world, now, { profile: 'foshan' });
  const out = new Map<string, SubjectScore>();
  for (const period of months) {
    for (const s of score(world, { period, signals, asOf: now, levels: ['DEPARTMENT', 'DISTRICT'], previous: false }).subjects) out.set(`${period} ${s.level} ${s.subjectId}`, s);
  }
  return out;
}

/**
 * L4 scores (FSJC-CONF-022, FSJC-SCO-003): the scores of the months the scenarios fall in, computed
 * from the records the system reported, equal those computed from the scenarios' own records —
 * every subject's case count, score, grade and each indicator's numerator and denominator.
 */
export const scenarioScores: Check<ClientContext> = {
  id: 'scenario-scores',
  async run(_test, ctx) {
    const incomplete = [...ctx.cases.values()].flatMap(incompleteCases);
    if (incomplete.length) return { outcome: 'skip', notes: [{ code: 'client.scenarioIncomplete', params: { scenario: '*', cases: incomplete.map((c) => c.caseNumber).join(', ') } }] };
    const now = Date.now();
    const registry: BatchLike[] = cityRegistry();
    const report = { reportedAt: now, reportedBy: ctx.session.handoff.system.unitId };
    const reference = ctx.session.scenarios.flatMap((s) => s.records) as unknown as Record<string, unknown>[];
    const held: unknown[] = [];
    for (const cases of ctx.cases.values()) for (const c of cases) {
      for (const r of await ctx.session.centre.store.records({ caseId: c.caseId!, latestOnly: true })) {
        if (r.senderSystemId === ctx.session.handoff.system.systemId) held.push(JSON.parse(r.body));
      }
    }
    const months = monthsOf(reference);
    const expected = scoresOf([...registry, { records: reference, report }], now, months);
    const actual = scoresOf([...registry, { records: held, report }], now, months);
    const notes: Note[] = [];
    for (const [key, e] of expected) {
      const a = actual.get(key);
      if (!a) { notes.push({ code: 'client.scoreMissing', params: { subject: key } }); continue; }
      if (a.caseCount !== e.caseCount || a.score !== e.score || a.grade !== e.grade) {
        notes.push({ code: 'client.scoreDiffers', params: { subject: key, expected: `${e.score} ${e.grade} (${e.caseCount})`, actual: `${a.score} ${a.grade} (${a.caseCount})` } });
      }
      for (const ei of e.indicators) {
        const ai = a.indicators.find((i) => i.indicatorId === ei.indicatorId);
        if (!ai || ai.numerator !== ei.numerator || ai.denominator !== ei.denominator) {
          notes.push({ code: 'client.indicatorDiffers', params: { subject: key, indicator: ei.indicatorId, expected: `${ei.numerator}/${ei.denominator}`, actual: ai ? `${ai.numerator}/${ai.denominator}` : '—' } });
        }
      }
    }
    for (const key of actual.keys()) if (!expected.has(key)) notes.push({ code: 'client.scoreExtra', params: { subject: key } });
    const evidence = { months, subjects: [...expected].map(([key, s]) => ({ subject: key, cases: s.caseCount, score: s.score, grade: s.grade })) };
    return notes.length ? { outcome: 'fail', notes: notes.slice(0, 30), evidence } : { outcome: 'pass', notes: [{ code: 'client.scoresAsExpected', params: { subjects: expected.size, months: months.join(', ') } }], evidence };
  },
};
