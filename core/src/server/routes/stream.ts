import type { FastifyPluginAsync } from 'fastify';
import type { Centre } from '../../centre.js';
import { allow } from '../auth.js';
import { scopeOf } from './query.js';

/**
 * Signal changes as server-sent events (FSJC-API-051): each event's id is the change's number, so
 * a client that reconnects with Last-Event-ID gets what it missed, from the store, in order.
 */
export const streamRoutes = (centre: Centre): FastifyPluginAsync => async (app) => {
  app.get<{ Querystring: { after?: string } }>('/v1/stream/signals', { exposeHeadRoute: false, preHandler: allow('admin', 'city-centre', 'district-centre', 'city-department', 'department') }, async (req, reply) => {
    req.action = 'signal.stream';
    const scope = scopeOf(centre, req.principal);
    let last = Number(req.headers['last-event-id'] ?? req.query.after ?? 0) || 0;
    if (req.headers['last-event-id'] === undefined && req.query.after === undefined) last = await centre.store.lastChangeId();
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', connection: 'keep-alive', 'x-accel-buffering': 'no' });
    res.write(': fsjc signal stream\n\n');
    let busy = false;
    let again = false;
    const pump = async () => {
      if (busy) { again = true; return; }
      busy = true;
      try {
        do {
          again = false;
          for (;;) {
            const changes = await centre.store.signalChanges(last, 500);
            for (const c of changes) {
              last = c.changeId!;
              if (scope && !scope.includes(c.unitId)) continue;
              res.write(`id: ${c.changeId}\nevent: signal.${c.kind}\ndata: ${c.body}\n\n`);
            }
            if (changes.length < 500) break;
          }
        } while (again);
      } catch (e) {
        req.log.error({ err: e }, 'signal stream');
      } finally {
        busy = false;
      }
    };
    const onSignals = () => void pump();
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
    centre.events.on('signals', onSignals);
    req.raw.on('close', () => {
      clearInterval(heartbeat);
      centre.events.off('signals', onSignals);
    });
    await pump();
  });
};
