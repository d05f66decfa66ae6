import type { FastifyPluginAsync } from 'fastify';
import { STANDARD_VERSION, SUPPORTED_MAJORS } from '@fsjc/sdk';
import type { Centre } from '../../centre.js';
import { BATCH_MEDIA_TYPES } from '../../ingest/decode.js';
import { allow } from '../auth.js';
import type { Metrics } from '../metrics.js';
import { openApiDocument } from '../openapi.js';

/** What the centre publishes about itself (FSJC-API-021, FSJC-API-012), health, metrics, the OpenAPI document and the log check. */
export const centreRoutes = (centre: Centre, metrics: Metrics): FastifyPluginAsync => async (app) => {
  app.get('/v1/centre', async () => ({
    centreId: centre.centreId,
    standardVersion: STANDARD_VERSION,
    supportedMajors: SUPPORTED_MAJORS,
    receiptKey: { algorithm: 'SM2-SM3', keyId: centre.key.keyId, publicKey: centre.key.publicKey },
    limits: centre.limits,
    mediaTypes: BATCH_MEDIA_TYPES,
  }));

  app.get('/healthz', async () => ({ status: 'ok', logHead: (await centre.store.head()).seq, engineCursor: centre.runner.cursor }));

  app.get('/metrics', async (_req, reply) => reply.type('text/plain; version=0.0.4').send(await metrics.text()));

  app.get('/openapi.json', async (_req, reply) => reply.type('application/json').send(openApiDocument()));

  app.get('/v1/log/verify', { preHandler: allow('admin', 'city-centre') }, async (req) => {
    req.action = 'log.verify';
    return centre.store.verifyChain();
  });
};

