import type { FastifyPluginAsync } from 'fastify';
import { parsePeriod, type SubjectScore } from '@fsjc/sdk';
import type { Centre } from '../../centre.js';
import { ApiError } from '../../errors/problem.js';
import { allow } from '../auth.js';
import { scopeOf } from './query.js';

/** Stored scores in scope (FSJC-API-061), and scoring a period on demand. */
export const scoreRoutes = (centre: Centre): FastifyPluginAsync => async (app) => {
  app.get<{ Querystring: { period?: string; level?: string } }>('/v1/scores', { preHandler: allow('admin', 'city-centre', 'district-centre', 'city-department', 'department') }, async (req) => {
    req.action = 'score.list';
    const period = req.query.period ?? (await centre.store.scorePeriods())[0];
    if (!period) return { period: null, levels: [] };
    const scope = scopeOf(centre, req.principal);
    const rows = await centre.store.scores({ period, level: req.query.level });
    return {
      period,
      levels: rows.map((row) => {
        const report = JSON.parse(row.body) as { subjects: SubjectScore[] };
        const visible = (s: SubjectScore) => !scope || scope.includes(s.subjectId) || (!!s.parentId && scope.includes(s.parentId));
        return { level: row.level, computedAt: row.computedAt, ...report, subjects: report.subjects.filter(visible) };
      }),
    };
  });

  app.post<{ Params: { period: string } }>('/v1/scores/:period', { preHandler: allow('admin', 'city-centre') }, async (req, reply) => {
    req.action = 'score.compute';
    try {
      parsePeriod(req.params.period);
    } catch (e) {
      throw new ApiError('api.badRequest', { detail: (e as Error).message });
    }
    await centre.score(req.params.period);
    return reply.status(201).send({ period: req.params.period, levels: (await centre.store.scores({ period: req.params.period })).map((r) => r.level) });
  });
};
