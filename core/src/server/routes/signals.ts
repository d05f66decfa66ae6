import type { FastifyPluginAsync } from 'fastify';
import type { Feedback, Signal } from '@fsjc/sdk';
import { isSupervisor, mayRead } from '../../access/principal.js';
import type { Centre } from '../../centre.js';
import { ApiError } from '../../errors/problem.js';
import { allow } from '../auth.js';
import { paging, scopeOf } from './query.js';

const READERS = ['admin', 'city-centre', 'district-centre', 'city-department', 'department'] as const;
const UNIT_KINDS = new Set(['EXPLANATION', 'RECTIFICATION']);
const DECISIONS: Record<string, Feedback['kind']> = { ACCEPTED: 'SUPERVISOR_ACCEPTED', RETURNED: 'SUPERVISOR_RETURNED', ESCALATED: 'SUPERVISOR_ESCALATED' };

interface FeedbackBody { kind?: string; content?: string; contactId?: string }
interface DecisionBody { decision?: string; content?: string }

/** Signals in scope, and the correction workflow (FSJC-SIG-004, FSJC-API-043): the unit answers, the supervisor decides. */
export const signalRoutes = (centre: Centre): FastifyPluginAsync => async (app) => {
  const guard = { preHandler: allow(...READERS) };

  app.get<{ Querystring: { status?: string; level?: string; unitId?: string; caseId?: string; limit?: string; after?: string } }>('/v1/signals', guard, async (req) => {
    req.action = 'signal.list';
    const q = req.query;
    const limit = paging({ limit: q.limit }).limit!;
    const scope = scopeOf(centre, req.principal);
    const unitIds = q.unitId ? (scope && !scope.includes(q.unitId) ? [] : [q.unitId]) : scope;
    const rows = await centre.store.signals({ status: q.status, level: q.level, caseId: q.caseId, unitIds, limit, afterId: q.after });
    return { items: rows.map((r) => JSON.parse(r.body) as unknown), ...(rows.length === limit ? { next: rows[rows.length - 1].id } : {}) };
  });

  app.get<{ Params: { id: string } }>('/v1/signals/:id', guard, async (req) => {
    req.action = 'signal.read';
    const signal = await visibleSignal(centre, req.principal, req.params.id);
    const feedback = await centre.store.records({ recordType: 'feedback', unitIds: [signal.unitId], limit: 1000 });
    return { signal, feedback: feedback.map((r) => JSON.parse(r.body) as Feedback).filter((f) => f.signalId === signal.id) };
  });

  app.post<{ Params: { id: string }; Body: FeedbackBody }>('/v1/signals/:id/feedback', { preHandler: allow('department', 'city-department') }, async (req, reply) => {
    req.action = 'signal.feedback';
    req.auditDetail = req.params.id;
    const signal = await visibleSignal(centre, req.principal, req.params.id);
    if (signal.unitId !== req.principal.unitId) throw new ApiError('api.signalNotYours', { signalId: signal.id });
    const b = req.body ?? {};
    if (!b.kind || !UNIT_KINDS.has(b.kind)) throw new ApiError('api.badRequest', { detail: 'kind: EXPLANATION or RECTIFICATION' });
    if (!b.content || typeof b.content !== 'string') throw new ApiError('api.badRequest', { detail: 'content: the explanation or the correction made' });
    if (signal.status === 'CLOSED' || signal.status === 'ESCALATED') throw new ApiError('api.notAnswerable', { signalId: signal.id, status: signal.status });
    return reply.status(201).send(await record(centre, signal, b.kind as Feedback['kind'], b.content, b.contactId));
  });

  app.post<{ Params: { id: string }; Body: DecisionBody }>('/v1/signals/:id/decision', { preHandler: allow('admin', 'city-centre', 'district-centre') }, async (req, reply) => {
    req.action = 'signal.decision';
    req.auditDetail = req.params.id;
    if (!isSupervisor(req.principal)) throw new ApiError('api.forbidden');
    const signal = await visibleSignal(centre, req.principal, req.params.id);
    const kind = DECISIONS[req.body?.decision ?? ''];
    if (!kind) throw new ApiError('api.badRequest', { detail: 'decision: ACCEPTED, RETURNED or ESCALATED' });
    if (signal.status !== 'FEEDBACK_RECEIVED') throw new ApiError('api.notAnswerable', { signalId: signal.id, status: signal.status });
    return reply.status(201).send(await record(centre, signal, kind, req.body?.content ?? kind));
  });
};

async function visibleSignal(centre: Centre, p: Parameters<typeof mayRead>[0], id: string): Promise<Signal> {
  const [row] = await centre.store.signals({ id, limit: 1 });
  if (!row || !mayRead(p, centre.registry, row.unitId)) throw new ApiError('api.notFound', { what: `signal ${id}` });
  return JSON.parse(row.body) as Signal;
}

/** A feedback record through the log, like any other record; the engine takes it from there. */
async function record(centre: Centre, signal: Signal, kind: Feedback['kind'], content: string, contactId?: string) {
  const submittedAt = centre.now();
  let feedback!: Feedback;
  let result;
  try {
    result = await centre.submitOwn((n) => {
      // the log position in the ID: feedback given in the same second is applied in the order it came
      feedback = {
        recordType: 'feedback', id: `FB-${signal.id.replace(/[^A-Za-z0-9._:-]/g, '-').slice(0, 96)}-${String(n).padStart(12, '0')}`,
        signalId: signal.id, kind, unitId: signal.unitId, ...(contactId ? { contactId } : {}), submittedAt, content,
      };
      return [feedback];
    });
  } catch (e) {
    // what the caller sent does not make a valid feedback record: say so about the request, not about a batch it never sent
    if (e instanceof ApiError && e.code === 'api.invalidBatch') {
      throw new ApiError('api.badRequest', { detail: (e.extra.issues ?? []).map((i) => `${i.pointer?.replace('/records/0', '') || '/'} ${i.code}`).join('; ') }, { issues: e.extra.issues });
    }
    throw e;
  }
  await centre.runner.idle();
  const [row] = await centre.store.signals({ id: signal.id, limit: 1 });
  return { feedback, receipt: result.receipt, signal: row ? (JSON.parse(row.body) as unknown) : signal };
}
