import type { FastifyPluginAsync } from 'fastify';
import type { Centre } from '../../centre.js';
import { ApiError } from '../../errors/problem.js';
import type { LogEntry } from '../../storage/types.js';
import type { Principal } from '../../access/principal.js';
import { allow } from '../auth.js';
import type { Metrics } from '../metrics.js';

/** The exchange API (FSJC-API-002..016): submit a batch, read its status and receipt. */
export const batchRoutes = (centre: Centre, metrics: Metrics): FastifyPluginAsync => async (app) => {
  app.post<{ Querystring: { acceptance?: string } }>('/v1/batches', { preHandler: allow('system', 'admin') }, async (req, reply) => {
    req.action = 'batch.submit';
    const acceptance = req.query.acceptance ?? 'all';
    if (acceptance !== 'all' && acceptance !== 'per-record') throw new ApiError('api.badRequest', { detail: `acceptance=${acceptance}: all or per-record` });
    if (!Buffer.isBuffer(req.body)) throw new ApiError('api.mediaType', { mediaType: String(req.headers['content-type'] ?? '(none)') });
    let result;
    try {
      result = await centre.submit({ body: req.body, contentType: req.headers['content-type'], principal: req.principal, perRecord: acceptance === 'per-record' });
    } catch (e) {
      if (e instanceof ApiError) throw e;
      // the store could not take it (a database down, a disk full): nothing was kept; the sender retries (FSJC-API-070)
      req.log.error({ err: e }, 'batch not stored');
      throw new ApiError('api.unavailable', {}, { headers: { 'retry-after': '5' } });
    }
    req.auditDetail = `${result.receipt.receiptId} ${result.receipt.senderSystemId}#${result.receipt.sequenceNumber}${result.replayed ? ' replayed' : ''}`;
    if (result.replayed) metrics.batches.replayed++;
    else {
      metrics.batches[result.receipt.status === 'PARTIAL' ? 'partial' : 'accepted']++;
      metrics.records += result.receipt.acceptedCount;
    }
    reply.header('location', `/v1/batches/${result.receipt.logSeq}`);
    if (result.replayed) reply.header('fsjc-replayed', 'true');
    return reply.status(result.replayed ? 200 : 201).send(result.receipt);
  });

  app.get<{ Params: { seq: string } }>('/v1/batches/:seq', async (req) => {
    req.action = 'batch.status';
    const seq = Number(req.params.seq);
    if (!Number.isSafeInteger(seq) || seq < 1) throw new ApiError('api.badRequest', { detail: 'seq: a positive integer' });
    const entry = await centre.store.entry(seq);
    if (!entry || !maySee(req.principal, entry)) throw new ApiError('api.notFound', { what: `batch ${seq}` });
    return status(entry);
  });

  app.get<{ Querystring: { senderSystemId?: string; sequenceNumber?: string; idempotencyKey?: string } }>('/v1/batches', async (req) => {
    req.action = 'batch.status';
    const q = req.query;
    const system = req.principal.role === 'system' ? req.principal.systemId! : q.senderSystemId;
    if (!system || (!q.sequenceNumber && !q.idempotencyKey)) throw new ApiError('api.badRequest', { detail: 'senderSystemId with sequenceNumber or idempotencyKey' });
    if (q.sequenceNumber !== undefined && !/^[1-9]\d{0,15}$/.test(q.sequenceNumber)) throw new ApiError('api.badRequest', { detail: 'sequenceNumber: a positive integer' });
    const entry = q.idempotencyKey ? await centre.store.entryByKey(system, q.idempotencyKey) : await centre.store.entryBySequence(system, Number(q.sequenceNumber));
    if (!entry || !maySee(req.principal, entry)) throw new ApiError('api.notFound', { what: `batch ${system} ${q.idempotencyKey ?? q.sequenceNumber}` });
    return status(entry);
  });
};

function maySee(p: Principal, e: LogEntry): boolean {
  if (p.role === 'admin' || p.role === 'city-centre') return true;
  return p.role === 'system' && p.systemId === e.senderSystemId;
}

/** A batch's status (FSJC-API-016): where it is in the log, what was accepted, and its receipt. */
function status(e: LogEntry) {
  return {
    logSeq: e.seq, receivedAt: e.receivedAt, senderSystemId: e.senderSystemId, sequenceNumber: e.sequenceNumber,
    idempotencyKey: e.idempotencyKey, mediaType: e.mediaType, encoding: e.encoding, bytes: e.body.length,
    recordCount: e.recordCount, rejected: e.rejected, hash: e.hash, prevHash: e.prevHash, receipt: e.receipt,
  };
}
