import { timingSafeEqual } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import { CASE_ENDS, type CaseRecord as Case, type CaseEvent, type ScoreLevel, type ScoreReport } from '@fsjc/sdk';
import type { Centre } from '../../centre.js';
import { ApiError } from '../../errors/problem.js';
import { edition } from '../../report/edition.js';

/**
 * What the public reaches (FSJC-API-060, FSJC-ORG-008): a case's progress by case number and
 * query code, without personal data; and the published rankings, public edition (units only).
 */
export const publicRoutes = (centre: Centre): FastifyPluginAsync => async (app) => {
  app.get<{ Params: { caseNumber: string }; Querystring: { queryCode?: string } }>('/public/v1/cases/:caseNumber', async (req) => {
    req.action = 'public.case';
    const code = req.query.queryCode;
    // one answer for "no such case" and "wrong code", so numbers cannot be probed
    const notFound = new ApiError('api.notFound', { what: `case ${req.params.caseNumber}` });
    if (!code) throw notFound;
    const [row] = await centre.store.records({ recordType: 'case', caseNumber: req.params.caseNumber, limit: 1 });
    const c = row ? (JSON.parse(row.body) as Case) : undefined;
    if (!c?.queryCode || !same(c.queryCode, code)) throw notFound;
    const events = (await centre.store.records({ recordType: 'event', caseId: c.id, limit: 10_000 }))
      .map((r) => JSON.parse(r.body) as CaseEvent)
      .sort((a, b) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt));
    const end = events.find((e) => CASE_ENDS.has(e.eventType));
    return {
      caseNumber: c.caseNumber, itemCode: c.itemCode, caseType: c.caseType, handlingUnitId: c.handlingUnitId,
      unitName: centre.registry.units.get(c.handlingUnitId)?.name, receivedAt: c.receivedAt,
      finished: !!end, finishedAt: end?.occurredAt,
      steps: events.map((e) => ({ eventType: e.eventType, occurredAt: e.occurredAt, ...(e.stage ? { stage: e.stage } : {}), unitId: e.unitId })),
    };
  });

  app.get<{ Querystring: { period?: string } }>('/public/v1/rankings', async (req) => {
    req.action = 'public.rankings';
    const period = req.query.period ?? (await centre.store.scorePeriods())[0];
    if (!period) throw new ApiError('api.notFound', { what: 'published rankings' });
    const rows = await centre.store.scores({ period });
    if (!rows.length) throw new ApiError('api.notFound', { what: `rankings of ${period}` });
    const reports = rows.map((r) => JSON.parse(r.body) as ScoreReport);
    const merged: ScoreReport = { ...reports[0], levels: rows.map((r) => r.level as ScoreLevel), subjects: reports.flatMap((r) => r.subjects) };
    return edition(merged, 'public');
  });
};

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
