import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Centre } from '../centre.js';

const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Counters and a latency histogram in Prometheus's text format (GET /metrics). */
export class Metrics {
  private readonly requests = new Map<string, number>();
  private readonly latency = new Map<string, { buckets: number[]; sum: number; count: number }>();
  private readonly starts = new WeakMap<FastifyRequest, bigint>();
  batches = { accepted: 0, partial: 0, replayed: 0, refused: 0 };
  records = 0;

  constructor(private readonly centre: Centre) {}

  started(req: FastifyRequest): void {
    this.starts.set(req, process.hrtime.bigint());
  }

  finished(req: FastifyRequest, reply: FastifyReply): void {
    const route = req.routeOptions.url ?? 'unmatched';
    const key = `method="${req.method}",route="${route}",status="${reply.statusCode}"`;
    this.requests.set(key, (this.requests.get(key) ?? 0) + 1);
    const start = this.starts.get(req);
    if (start === undefined) return;
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const lkey = `route="${route}"`;
    let h = this.latency.get(lkey);
    if (!h) this.latency.set(lkey, (h = { buckets: BUCKETS.map(() => 0), sum: 0, count: 0 }));
    for (let i = 0; i < BUCKETS.length; i++) if (seconds <= BUCKETS[i]) h.buckets[i]++;
    h.sum += seconds;
    h.count++;
  }

  async text(): Promise<string> {
    const out: string[] = [];
    const family = (name: string, type: string, help: string) => out.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
    family('fsjc_http_requests_total', 'counter', 'HTTP requests by route and status.');
    for (const [k, v] of this.requests) out.push(`fsjc_http_requests_total{${k}} ${v}`);
    family('fsjc_http_request_duration_seconds', 'histogram', 'HTTP request latency.');
    for (const [k, h] of this.latency) {
      BUCKETS.forEach((b, i) => out.push(`fsjc_http_request_duration_seconds_bucket{${k},le="${b}"} ${h.buckets[i]}`));
      out.push(`fsjc_http_request_duration_seconds_bucket{${k},le="+Inf"} ${h.count}`);
      out.push(`fsjc_http_request_duration_seconds_sum{${k}} ${h.sum}`, `fsjc_http_request_duration_seconds_count{${k}} ${h.count}`);
    }
    family('fsjc_batches_total', 'counter', 'Batches by outcome.');
    for (const [k, v] of Object.entries(this.batches)) out.push(`fsjc_batches_total{outcome="${k}"} ${v}`);
    family('fsjc_records_accepted_total', 'counter', 'Records accepted into the log.');
    out.push(`fsjc_records_accepted_total ${this.records}`);
    const head = await this.centre.store.head();
    family('fsjc_log_entries', 'gauge', 'Entries in the batch log.');
    out.push(`fsjc_log_entries ${head.seq}`);
    family('fsjc_engine_lag_entries', 'gauge', 'Log entries the engine has not yet applied.');
    out.push(`fsjc_engine_lag_entries ${head.seq - this.centre.runner.cursor}`);
    family('fsjc_signals_open', 'gauge', 'Signals not closed, by level.');
    for (const [level, n] of Object.entries(await this.centre.runner.openByLevel())) out.push(`fsjc_signals_open{level="${level}"} ${n}`);
    family('fsjc_outbox_messages', 'gauge', 'Webhook messages waiting or dead-lettered.');
    const outbox = await this.centre.store.outboxCounts();
    for (const status of ['pending', 'dead'] as const) out.push(`fsjc_outbox_messages{status="${status}"} ${outbox[status]}`);
    return out.join('\n') + '\n';
  }
}
