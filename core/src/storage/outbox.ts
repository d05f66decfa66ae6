import type { Insertable, Selectable } from 'kysely';
import { orNull, present, type Ctx } from './context.js';
import type { OutboxTable, SubscriptionTable } from './schema.js';
import type { OutboxMessage, Subscription } from './types.js';

/**
 * Webhook subscriptions and the outbox (FSJC-API-052): the engine writes a message in the same
 * transaction as the change it reports; the delivery worker takes due messages, marks them
 * delivered or failed (with the next attempt's time), and gives up on them as dead.
 */

function instant(text: string): number {
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) throw new RangeError(`"${text}" is not an ISO 8601 instant`);
  return ms;
}

export function outboxRow(m: OutboxMessage): Insertable<OutboxTable> {
  return {
    subscription_id: m.subscriptionId, event_type: m.eventType, payload: m.payload, created_at: m.createdAt,
    attempts: m.attempts, next_attempt_at: m.nextAttemptAt, next_attempt_ms: instant(m.nextAttemptAt),
    status: m.status, last_error: orNull(m.lastError), delivered_at: orNull(m.deliveredAt),
  };
}

function toMessage(r: Selectable<OutboxTable>): OutboxMessage {
  const out: OutboxMessage = {
    id: r.id, subscriptionId: r.subscription_id, eventType: r.event_type, payload: r.payload, createdAt: r.created_at,
    attempts: r.attempts, nextAttemptAt: r.next_attempt_at, status: r.status as OutboxMessage['status'],
  };
  return present(out, { lastError: r.last_error, deliveredAt: r.delivered_at });
}

function toSubscription(r: Selectable<SubscriptionTable>): Subscription {
  const out: Subscription = {
    id: r.id, url: r.url, secret: r.secret, eventTypes: JSON.parse(r.event_types) as string[], unitIds: JSON.parse(r.unit_ids) as string[], createdAt: r.created_at,
  };
  return present(out, { disabledAt: r.disabled_at });
}

/** Creates a subscription or replaces the one with its ID. */
export async function saveSubscription(ctx: Ctx, s: Subscription): Promise<void> {
  const row: Insertable<SubscriptionTable> = {
    id: s.id, url: s.url, secret: s.secret, event_types: JSON.stringify(s.eventTypes), unit_ids: JSON.stringify(s.unitIds),
    created_at: s.createdAt, disabled_at: orNull(s.disabledAt),
  };
  const { id: _id, ...rest } = row;
  await ctx.db.insertInto('subscriptions').values(row).onConflict((oc) => oc.column('id').doUpdateSet(rest)).execute();
}

export async function subscriptions(ctx: Ctx): Promise<Subscription[]> {
  return (await ctx.db.selectFrom('subscriptions').selectAll().orderBy('created_at').orderBy('id').execute()).map(toSubscription);
}

export async function disableSubscription(ctx: Ctx, id: string, at: string): Promise<boolean> {
  const r = await ctx.db.updateTable('subscriptions').set({ disabled_at: at }).where('id', '=', id).where('disabled_at', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function dueMessages(ctx: Ctx, now: string, limit: number): Promise<OutboxMessage[]> {
  if (limit <= 0) return [];
  const rows = await ctx.db
    .selectFrom('outbox')
    .selectAll()
    .where('status', '=', 'pending')
    .where('next_attempt_ms', '<=', instant(now))
    .orderBy('next_attempt_ms')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map(toMessage);
}

export async function nextMessageAt(ctx: Ctx): Promise<string | undefined> {
  const row = await ctx.db
    .selectFrom('outbox')
    .select('next_attempt_at')
    .where('status', '=', 'pending')
    .orderBy('next_attempt_ms')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  return row?.next_attempt_at;
}

export async function markDelivered(ctx: Ctx, id: number, at: string): Promise<void> {
  await ctx.db.updateTable('outbox').set({ status: 'delivered', delivered_at: at }).where('id', '=', id).execute();
}

export async function markFailed(ctx: Ctx, id: number, attempts: number, nextAttemptAt: string, error: string, dead: boolean): Promise<void> {
  await ctx.db
    .updateTable('outbox')
    .set({ attempts, next_attempt_at: nextAttemptAt, next_attempt_ms: instant(nextAttemptAt), last_error: error, status: dead ? 'dead' : 'pending' })
    .where('id', '=', id)
    .execute();
}

/**
 * Puts messages back to pending, due `now`, with their attempts counted afresh: one dead or
 * delivered message by ID, or every dead message of a subscription. Neither given: nothing.
 */
export async function redeliver(ctx: Ctx, q: { id?: number; subscriptionId?: string }, now: string): Promise<number> {
  if (q.id === undefined && q.subscriptionId === undefined) return 0;
  let update = ctx.db
    .updateTable('outbox')
    .set({ status: 'pending', attempts: 0, next_attempt_at: now, next_attempt_ms: instant(now), delivered_at: null });
  if (q.id !== undefined) update = update.where('id', '=', q.id).where('status', 'in', ['dead', 'delivered']);
  else update = update.where('status', '=', 'dead');
  if (q.subscriptionId !== undefined) update = update.where('subscription_id', '=', q.subscriptionId);
  const r = await update.executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** How many messages there are in each state (for monitoring: counted by the database, not fetched). */
export async function outboxCounts(ctx: Ctx): Promise<Record<OutboxMessage['status'], number>> {
  const rows = await ctx.db.selectFrom('outbox').select(['status', (eb) => eb.fn.countAll().as('n')]).groupBy('status').execute();
  const counts = { pending: 0, delivered: 0, dead: 0 };
  for (const r of rows) counts[r.status as OutboxMessage['status']] = Number(r.n);
  return counts;
}

/** Messages in the order they were written, filtered. */
export async function outbox(ctx: Ctx, q: { status?: OutboxMessage['status']; subscriptionId?: string; limit?: number }): Promise<OutboxMessage[]> {
  if (q.limit !== undefined && q.limit <= 0) return [];
  let query = ctx.db.selectFrom('outbox').selectAll();
  if (q.status !== undefined) query = query.where('status', '=', q.status);
  if (q.subscriptionId !== undefined) query = query.where('subscription_id', '=', q.subscriptionId);
  query = query.orderBy('id');
  if (q.limit !== undefined) query = query.limit(q.limit);
  return (await query.execute()).map(toMessage);
}
