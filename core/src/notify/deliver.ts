import { createHmac } from 'node:crypto';
import { formatInstant } from '@fsjc/sdk';
import type { OutboxMessage, Store, Subscription } from '../storage/types.js';

export interface DeliveryOptions {
  store: Store;
  /** Attempts before a message is dead-lettered (default 8). */
  maxAttempts?: number;
  /** First retry delay in ms, doubled each attempt up to `maxDelayMs` (defaults 1 s and 1 h). */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Time-out of one delivery in ms (default 10 s). */
  timeoutMs?: number;
  now?: () => number;
  onError?: (e: unknown) => void;
}

/** The signature header of a webhook body: HMAC-SM3 with the subscription's secret, over `<timestamp>.<body>` (FSJC-API-052). */
export function webhookSignature(secret: string, timestamp: string, body: string): string {
  return `hmac-sm3=${createHmac('sm3', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex')}`;
}

/**
 * Delivers the outbox by webhook (FSJC-API-052): each message is POSTed with its signature; a
 * 2xx marks it delivered, anything else is retried with exponential back-off and jitter until
 * `maxAttempts`, then dead-lettered, where `redeliver` finds it. Messages wait in the store, so a
 * subscriber that is down, or a centre that restarts, loses nothing.
 */
export class Deliverer {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  private subs = new Map<string, Subscription>();

  constructor(private readonly o: DeliveryOptions) {}

  private get now() { return (this.o.now ?? Date.now)(); }

  /** Looks at the outbox now (after new messages, or when the timer fires). */
  wake(): void {
    if (this.stopped) return;
    if (this.running) { this.again = true; return; }
    this.running = this.drain().catch((e) => this.o.onError?.(e)).finally(() => {
      this.running = undefined;
      if (this.again) { this.again = false; this.wake(); } else void this.schedule();
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** Resolves once nothing is being delivered. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    this.subs = new Map((await this.o.store.subscriptions()).map((s) => [s.id, s]));
    for (;;) {
      const due = await this.o.store.dueMessages(formatInstant(this.now), 50);
      if (!due.length || this.stopped) return;
      await Promise.all(due.map((m) => this.deliver(m)));
    }
  }

  private async deliver(m: OutboxMessage): Promise<void> {
    const sub = this.subs.get(m.subscriptionId);
    const attempts = m.attempts + 1;
    let error: string;
    if (!sub || sub.disabledAt) error = 'subscription removed';
    else {
      const timestamp = formatInstant(this.now);
      try {
        const res = await fetch(sub.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-fsjc-event': m.eventType,
            'x-fsjc-delivery': String(m.id),
            'x-fsjc-timestamp': timestamp,
            'x-fsjc-signature': webhookSignature(sub.secret, timestamp, m.payload),
          },
          body: m.payload,
          signal: AbortSignal.timeout(this.o.timeoutMs ?? 10_000),
        });
        await res.arrayBuffer().catch(() => undefined);
        if (res.ok) {
          await this.o.store.markDelivered(m.id!, formatInstant(this.now));
          return;
        }
        error = `HTTP ${res.status}`;
      } catch (e) {
        error = (e as Error).message;
      }
    }
    const max = this.o.maxAttempts ?? 8;
    const base = this.o.baseDelayMs ?? 1000;
    const delay = Math.min(this.o.maxDelayMs ?? 3_600_000, base * 2 ** (attempts - 1)) * (0.75 + Math.random() * 0.5);
    await this.o.store.markFailed(m.id!, attempts, formatInstant(this.now + delay), error, attempts >= max || !sub);
  }

  private async schedule(): Promise<void> {
    if (this.stopped) return;
    const next = await this.o.store.nextMessageAt();
    if (this.timer) clearTimeout(this.timer);
    if (!next) return;
    this.timer = setTimeout(() => this.wake(), Math.min(2 ** 31 - 1, Math.max(0, Date.parse(next) - this.now)));
    this.timer.unref();
  }
}
