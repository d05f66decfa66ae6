import { randomBytes } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import { issueToken, type TokenGrant } from '../../access/tokens.js';
import type { Centre } from '../../centre.js';
import { ApiError } from '../../errors/problem.js';
import type { OutboxMessage } from '../../storage/types.js';
import { allow } from '../auth.js';
import { paging } from './query.js';

/** What a webhook subscription may ask for (FSJC-API-052). */
const EVENT_TYPES = ['signal.opened', 'signal.escalated', 'signal.updated', 'signal.closed', 'notification'];

interface SubscriptionBody { url?: string; eventTypes?: string[]; unitIds?: string[]; secret?: string }

/** Administration over HTTP (admin tokens only): tokens, webhook subscriptions, the outbox and the audit trail. `fsjc admin` does the same on the store. */
export const adminRoutes = (centre: Centre): FastifyPluginAsync => async (app) => {
  const guard = { preHandler: allow('admin') };

  app.post<{ Body: TokenGrant }>('/v1/admin/tokens', guard, async (req, reply) => {
    req.action = 'token.issue';
    try {
      const { id, token, row } = await issueToken(centre.store, req.body ?? ({} as TokenGrant), centre.now());
      req.auditDetail = id;
      const { hash: _hash, ...rest } = row;
      return reply.status(201).send({ ...rest, id, token });
    } catch (e) {
      throw new ApiError('api.badRequest', { detail: (e as Error).message });
    }
  });
  app.get('/v1/admin/tokens', guard, async (req) => {
    req.action = 'token.list';
    return { items: (await centre.store.tokens()).map(({ hash: _hash, ...t }) => t) };
  });
  app.delete<{ Params: { id: string } }>('/v1/admin/tokens/:id', guard, async (req, reply) => {
    req.action = 'token.revoke';
    req.auditDetail = req.params.id;
    if (!(await centre.store.revokeToken(req.params.id, centre.now()))) throw new ApiError('api.notFound', { what: `token ${req.params.id}` });
    return reply.status(204).send();
  });

  app.post<{ Body: SubscriptionBody }>('/v1/admin/subscriptions', guard, async (req, reply) => {
    req.action = 'subscription.add';
    const b = req.body ?? {};
    if (!b.url || typeof b.url !== 'string' || !/^https?:\/\//.test(b.url)) throw new ApiError('api.badRequest', { detail: 'url: an http(s) address' });
    const strings = (v: unknown) => v === undefined || (Array.isArray(v) && v.every((x) => typeof x === 'string'));
    if (!strings(b.eventTypes) || (b.eventTypes ?? []).some((t) => !EVENT_TYPES.includes(t))) throw new ApiError('api.badRequest', { detail: `eventTypes: a list of ${EVENT_TYPES.join(', ')}` });
    if (!strings(b.unitIds)) throw new ApiError('api.badRequest', { detail: 'unitIds: a list of unit IDs' });
    if (b.secret !== undefined && (typeof b.secret !== 'string' || b.secret.length < 16)) throw new ApiError('api.badRequest', { detail: 'secret: at least 16 characters' });
    const sub = {
      id: `sub_${randomBytes(6).toString('hex')}`, url: b.url, secret: b.secret ?? randomBytes(24).toString('base64url'),
      eventTypes: b.eventTypes ?? [], unitIds: b.unitIds ?? [], createdAt: centre.now(),
    };
    await centre.store.saveSubscription(sub);
    await centre.refreshSubscriptions();
    req.auditDetail = sub.id;
    return reply.status(201).send(sub);
  });
  app.get('/v1/admin/subscriptions', guard, async (req) => {
    req.action = 'subscription.list';
    return { items: (await centre.store.subscriptions()).map(({ secret: _secret, ...s }) => s) };
  });
  app.delete<{ Params: { id: string } }>('/v1/admin/subscriptions/:id', guard, async (req, reply) => {
    req.action = 'subscription.remove';
    req.auditDetail = req.params.id;
    if (!(await centre.store.disableSubscription(req.params.id, centre.now()))) throw new ApiError('api.notFound', { what: `subscription ${req.params.id}` });
    await centre.refreshSubscriptions();
    return reply.status(204).send();
  });

  app.get<{ Querystring: { status?: OutboxMessage['status']; subscriptionId?: string; limit?: string } }>('/v1/admin/outbox', guard, async (req) => {
    req.action = 'outbox.list';
    if (req.query.status !== undefined && !['pending', 'delivered', 'dead'].includes(req.query.status)) throw new ApiError('api.badRequest', { detail: 'status: pending, delivered or dead' });
    return { items: await centre.store.outbox({ status: req.query.status, subscriptionId: req.query.subscriptionId, limit: paging(req.query).limit }) };
  });
  app.post<{ Body: { id?: number; subscriptionId?: string } }>('/v1/admin/outbox/redeliver', guard, async (req) => {
    req.action = 'outbox.redeliver';
    const b = req.body ?? {};
    if (b.id === undefined && !b.subscriptionId) throw new ApiError('api.badRequest', { detail: 'id or subscriptionId' });
    if (b.id !== undefined && !Number.isSafeInteger(b.id)) throw new ApiError('api.badRequest', { detail: 'id: a message number' });
    if (b.subscriptionId !== undefined && typeof b.subscriptionId !== 'string') throw new ApiError('api.badRequest', { detail: 'subscriptionId: a subscription ID' });
    const count = await centre.store.redeliver(b, centre.now());
    centre.deliverer.wake();
    return { redelivered: count };
  });

  app.get<{ Querystring: { tokenId?: string; action?: string; limit?: string } }>('/v1/admin/audit', guard, async (req) => {
    req.action = 'audit.list';
    await centre.flushAudit();
    return { items: await centre.store.auditRows({ tokenId: req.query.tokenId, action: req.query.action, limit: paging(req.query).limit }) };
  });
};
