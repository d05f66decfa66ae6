import type { FastifyPluginAsync } from 'fastify';
import { mayRead } from '../../access/principal.js';
import { redact } from '../../access/redact.js';
import type { Centre } from '../../centre.js';
import { ApiError } from '../../errors/problem.js';
import { allow } from '../auth.js';
import { paging, recordPage, scopeOf, type PageQuery } from './query.js';

const READERS = ['admin', 'city-centre', 'district-centre', 'city-department', 'department', 'system'] as const;
const CASE_RECORDS = new Set(['event', 'fee', 'complaint', 'evaluation', 'feedback']);
const REGISTRY = new Set(['unit', 'post', 'contact', 'item']);

type ListQuery = PageQuery & { unitId?: string; regionCode?: string; caseId?: string; all?: string };

/** The query APIs over the projection (FSJC-API-042): cases, their records, and the organisation registry, each within the caller's scope. */
export const recordRoutes = (centre: Centre): FastifyPluginAsync => async (app) => {
  const guard = { preHandler: allow(...READERS) };

  app.get<{ Querystring: ListQuery }>('/v1/cases', guard, async (req) => {
    req.action = 'case.list';
    const q = req.query;
    return recordPage(centre, req.principal, { recordType: 'case', unitIds: q.unitId ? [q.unitId] : undefined, regionCode: q.regionCode, ...paging(q) });
  });

  app.get<{ Params: { id: string } }>('/v1/cases/:id', guard, async (req) => {
    req.action = 'case.read';
    req.auditDetail = req.params.id;
    const place = centre.placeOf(req.params.id);
    if (!place || !mayRead(req.principal, centre.registry, place.unitId)) throw new ApiError('api.notFound', { what: `case ${req.params.id}` });
    const rows = await centre.store.records({ caseId: req.params.id, limit: 100_000 });
    const by = (type: string) => rows.filter((r) => r.recordType === type).map((r) => redact(JSON.parse(r.body) as unknown, req.principal));
    const signals = await centre.store.signals({ caseId: req.params.id, limit: 1000 });
    return {
      case: by('case')[0], events: by('event'), fees: by('fee'), complaints: by('complaint'), evaluations: by('evaluation'),
      signals: signals.map((s) => JSON.parse(s.body) as unknown),
    };
  });

  app.get<{ Params: { type: string }; Querystring: ListQuery }>('/v1/records/:type', guard, async (req) => {
    const type = req.params.type;
    if (!CASE_RECORDS.has(type) && !REGISTRY.has(type) && type !== 'observation') throw new ApiError('api.notFound', { what: `record type ${type}` });
    req.action = `${type}.list`;
    const q = req.query;
    return recordPage(centre, req.principal, {
      recordType: type, caseId: q.caseId, unitIds: q.unitId ? [q.unitId] : undefined, regionCode: q.regionCode,
      latestOnly: q.all !== 'true', ...paging(q),
    });
  });

  // the registry as the centre holds it now: each unit with its posts and contacts, in scope
  app.get('/v1/registry', guard, async (req) => {
    req.action = 'registry.read';
    const scope = scopeOf(centre, req.principal);
    const visible = (unitId: string) => !scope || scope.includes(unitId);
    const r = centre.registry;
    return {
      units: [...r.units.values()].filter((u) => visible(u.id)),
      posts: [...r.posts.values()].filter((p) => visible(p.unitId)),
      contacts: [...r.contacts.values()].filter((c) => visible(c.unitId)).map((c) => redact(c, req.principal)),
    };
  });
};
