import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { sm3 } from 'sm-crypto-v2';
import type { Fault } from './faults.js';

/** One request the system under test made, as the kit saw and answered it. */
export interface Exchange {
  n: number;
  /** Milliseconds since the epoch when the request had arrived in full. */
  at: number;
  method: string;
  path: string;
  contentType?: string;
  /** SM3 of the body: a resend carries the same bytes (FSJC-ENV-005). */
  bodyHash?: string;
  body?: Buffer;
  /** Which distinct batch this is, counting from 1 in order of first arrival (POST /v1/batches only). */
  submission?: number;
  fault?: Fault['kind'];
  /** The status sent back; undefined when the connection was dropped. */
  status?: number;
  replayed?: boolean;
  response?: unknown;
}

/**
 * The kit's face to the system under test: every request is recorded, the certification routes are
 * answered here, faults are injected on batch submissions, and the rest goes to the reference core
 * in process.
 */
export class Front {
  readonly exchanges: Exchange[] = [];
  private readonly submissions = new Map<string, number>();
  private readonly hits = new Map<number, number>();
  private server?: http.Server;
  /** Requests not yet answered (a slow answer is activity too). */
  inFlight = 0;
  /** When a request last arrived or was answered. */
  lastActivity?: number;

  constructor(
    private readonly app: FastifyInstance,
    private readonly plan: readonly Fault[],
    private readonly own: (path: string) => unknown,
  ) {}

  async listen(port: number, host = '127.0.0.1'): Promise<string> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        this.inFlight++;
        this.lastActivity = Date.now();
        void this.handle(req, Buffer.concat(chunks), res).catch((e) => {
          if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/problem+json' });
          res.end(JSON.stringify({ type: 'about:blank', title: 'kit error', status: 500, code: 'kit.crashed', detail: (e as Error).message }));
        }).finally(() => {
          this.inFlight--;
          this.lastActivity = Date.now();
        });
      });
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(port, host, () => resolve());
    });
    const a = this.server.address() as AddressInfo;
    return `http://${host}:${a.port}`;
  }

  async close(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  private async handle(req: http.IncomingMessage, body: Buffer, res: http.ServerResponse): Promise<void> {
    const path = req.url ?? '/';
    const x: Exchange = { n: this.exchanges.length + 1, at: Date.now(), method: req.method ?? 'GET', path, contentType: req.headers['content-type'] };
    this.exchanges.push(x);
    const own = req.method === 'GET' ? await this.own(path.split('?')[0]) : undefined;
    if (own !== undefined) {
      x.status = 200;
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(own, null, 2));
      return;
    }
    let fault: Fault | undefined;
    if (req.method === 'POST' && path.split('?')[0] === '/v1/batches') {
      x.body = body;
      x.bodyHash = sm3(new Uint8Array(body));
      let n = this.submissions.get(x.bodyHash);
      if (n === undefined) this.submissions.set(x.bodyHash, (n = this.submissions.size + 1));
      x.submission = n;
      fault = this.plan.find((f) => f.onSubmission === n);
      const hits = (this.hits.get(n) ?? 0) + 1;
      this.hits.set(n, hits);
      if (fault?.kind === 'unavailable' && hits <= fault.times) {
        x.fault = 'unavailable';
        x.status = 503;
        res.writeHead(503, { 'content-type': 'application/problem+json', 'retry-after': String(fault.retryAfterSeconds) });
        res.end(JSON.stringify({ type: 'about:blank', title: 'Service Unavailable', status: 503, code: 'api.unavailable', detail: 'certification: injected fault' }));
        return;
      }
      if (fault && fault.kind !== 'unavailable' && hits > 1) fault = undefined;
    }
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string' && k !== 'host' && k !== 'content-length' && k !== 'connection') headers[k] = v;
    const answer = await this.app.inject({ method: req.method as 'GET', url: path, headers, ...(body.length ? { payload: body } : {}) });
    x.replayed = answer.headers['fsjc-replayed'] === 'true';
    try {
      x.response = JSON.parse(answer.body);
    } catch {
      x.response = answer.body.slice(0, 2000);
    }
    if (fault?.kind === 'drop') {
      // committed, but the client never hears of it: it must resend the same bytes (FSJC-API-070)
      x.fault = 'drop';
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'slow') {
      x.fault = 'slow';
      await new Promise((r) => setTimeout(r, fault.delayMs));
    }
    x.status = answer.statusCode;
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(answer.headers)) if (typeof v === 'string' && k !== 'content-length' && k !== 'transfer-encoding' && k !== 'connection') out[k] = v;
    if (!res.destroyed) {
      res.writeHead(answer.statusCode, out);
      res.end(answer.rawPayload);
    }
  }
}
