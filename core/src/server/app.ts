import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { PUBLIC } from '../access/principal.js';
import type { Centre } from '../centre.js';
import { ApiError, languageOf, problemOf } from '../errors/problem.js';
import { BATCH_MEDIA_TYPES } from '../ingest/decode.js';
import { authenticate } from './auth.js';
import { Metrics } from './metrics.js';
import { adminRoutes } from './routes/admin.js';
import { batchRoutes } from './routes/batches.js';
import { centreRoutes } from './routes/centre.js';
import { publicRoutes } from './routes/public.js';
import { recordRoutes } from './routes/records.js';
import { scoreRoutes } from './routes/scores.js';
import { signalRoutes } from './routes/signals.js';
import { streamRoutes } from './routes/stream.js';

export interface ServerOptions {
  logger?: FastifyServerOptions['logger'];
}

/** Health and metrics probes. */
const PROBES = /^\/(healthz|metrics)$/;

/** Paths anyone may reach without a token. */
const OPEN = /^\/(public\/|openapi\.json$|healthz$|metrics$|v1\/centre$)/;

/**
 * The centre's HTTP face (clause 15): the exchange API, the query APIs, the correction workflow,
 * the signal stream, the public endpoints, administration, metrics and the OpenAPI document.
 * Every error is a problem body with a stable code (FSJC-API-020); every request is audited.
 */
export async function buildServer(centre: Centre, options: ServerOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: centre.limits.maxBodyBytes,
    // ids in logs and audit rows
    genReqId: (() => { let n = 0; return () => `r${(++n).toString(36)}`; })(),
  });
  const metrics = new Metrics(centre);
  app.decorateRequest('principal', null as unknown as typeof PUBLIC);

  // batches arrive as bytes: ingest reads them itself, in the encoding they declare
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(BATCH_MEDIA_TYPES.filter((t) => t !== 'application/json'), { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (req, body, done) => {
    if (req.url.startsWith('/v1/batches')) return done(null, body);
    try {
      done(null, (body as Buffer).length ? JSON.parse((body as Buffer).toString('utf8')) : {});
    } catch (e) {
      done(new ApiError('api.badRequest', { detail: `malformed JSON: ${(e as Error).message}` }), undefined);
    }
  });
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (req, _body, done) => {
    done(new ApiError('api.mediaType', { mediaType: String(req.headers['content-type'] ?? '(none)').split(';')[0] }), undefined);
  });

  app.addHook('onRequest', async (req) => {
    metrics.started(req);
    req.principal = PUBLIC;
    const path = req.url.split('?')[0];
    // open paths answer everyone alike, whatever token comes with the request (a probe's may be stale)
    if (OPEN.test(path)) return;
    req.principal = await authenticate(centre, req);
  });

  app.addHook('onResponse', async (req, reply) => {
    metrics.finished(req, reply);
    // probes read no records: auditing them would bury the trail in health checks
    if (PROBES.test(req.url.split('?')[0])) return;
    centre.audit({
      at: centre.now(), tokenId: req.principal.tokenId, method: req.method, path: req.url.slice(0, 500), status: reply.statusCode,
      action: req.action ?? `${req.method} ${req.routeOptions.url ?? req.url.split('?')[0]}`, detail: req.auditDetail,
    });
  });

  app.setErrorHandler((err, req, reply) => {
    const lang = languageOf(req.headers['accept-language']);
    const e = (err as { code?: string }).code === 'FST_ERR_CTP_BODY_TOO_LARGE'
      ? new ApiError('api.bodyTooLarge', { size: String(req.headers['content-length'] ?? '?'), limit: centre.limits.maxBodyBytes })
      : toApiError(err);
    if (e.status >= 500) req.log.error({ err }, 'request failed');
    if (req.action === 'batch.submit' || (req.method === 'POST' && req.url.startsWith('/v1/batches'))) metrics.batches.refused++;
    for (const [k, v] of Object.entries(e.extra.headers ?? {})) reply.header(k, v);
    reply.status(e.status).type('application/problem+json').send(problemOf(e, lang));
  });
  app.setNotFoundHandler((req, reply) => {
    const e = new ApiError('api.notFound', { what: `${req.method} ${req.url.split('?')[0]}` });
    reply.status(404).type('application/problem+json').send(problemOf(e, languageOf(req.headers['accept-language'])));
  });

  await app.register(centreRoutes(centre, metrics));
  await app.register(batchRoutes(centre, metrics));
  await app.register(recordRoutes(centre));
  await app.register(signalRoutes(centre));
  await app.register(streamRoutes(centre));
  await app.register(scoreRoutes(centre));
  await app.register(publicRoutes(centre));
  await app.register(adminRoutes(centre));
  return app;
}

/** Fastify's own errors (body too large, bad content type, schema) as API errors. */
function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  const e = err as { code?: string; statusCode?: number; message?: string; validation?: unknown };
  switch (e.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new ApiError('api.badRequest', { detail: e.message ?? '' });
  }
  if (e.validation) return new ApiError('api.badRequest', { detail: e.message ?? '' });
  if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) return new ApiError('api.badRequest', { detail: e.message ?? '' });
  return new ApiError('api.internal');
}
