import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createBatch } from '../builders/index.js';
import { batchChecksum } from '../envelope/checksum.js';
import type { Batch, FsjcRecord } from '../generated/types.js';
import { generateCentreKey, signReceipt, type CentreKey } from '../receipt/sign.js';
import type { Problem, Receipt } from '../receipt/types.js';
import { parseBatch } from './body.js';
import { checkReceipt } from './check.js';
import { UploadError } from './errors.js';
import { backoffMs, retryAfterMs, sendBatch } from './send.js';
import { readSpool } from './spool.js';
import { Uploader, type UploaderOptions } from './uploader.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../../..');

// ---------------------------------------------------------------------------------------------
// A fake receiving centre: commits batches by idempotency key and answers with signed receipts,
// unless a scripted step says otherwise.

interface Received { method: string; url: string; headers: IncomingHttpHeaders; body: Buffer; at: number }
type Reply = { status: number; headers?: Record<string, string>; body?: string };
type Step = Reply | 'destroy' | 'hang' | 'commit-then-destroy' | ((r: Received) => Reply | 'commit');

class FakeCentre {
  readonly key: CentreKey = generateCentreKey();
  /** Key the receipts are signed with (another one to play an impostor). */
  signingKey: CentreKey = this.key;
  readonly received: Received[] = [];
  /** Batches committed, in log order. */
  readonly committed: { batch: Batch; body: Buffer }[] = [];
  readonly script: Step[] = [];
  /** What every request gets once the script is used up. */
  fallback: Step | undefined;
  /** Changes a receipt before it is signed. */
  tamper: ((r: Omit<Receipt, 'signature'>) => Omit<Receipt, 'signature'>) | undefined;
  private readonly byKey = new Map<string, Receipt>();
  private readonly sockets = new Set<Socket>();
  private readonly server = http.createServer((req, res) => this.handle(req, res));
  url = '';

  async start(): Promise<this> {
    this.server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this;
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The bodies received for one sequence number, in order. */
  bodiesOf(seq: number): Buffer[] {
    return this.received.filter((r) => this.headerOf(r).sequenceNumber === seq).map((r) => r.body);
  }

  headerOf(r: Received): Batch['header'] {
    return parseBatch(r.body, String(r.headers['content-type']).includes('ndjson') ? 'ndjson' : 'json').header;
  }

  /** Ids of the records committed, in order: each should appear once. */
  committedIds(): string[] {
    return this.committed.flatMap((c) => c.batch.records.map((r) => r.id));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const r: Received = { method: req.method!, url: req.url!, headers: req.headers, body: Buffer.concat(chunks), at: Date.now() };
      this.received.push(r);
      let step = this.script.shift() ?? this.fallback;
      if (typeof step === 'function') {
        const out = step(r);
        step = out === 'commit' ? undefined : out;
      }
      if (step === 'destroy') return void req.socket.destroy();
      if (step === 'hang') return;
      if (step === 'commit-then-destroy') {
        this.commit(r);
        return void req.socket.destroy();
      }
      if (step) {
        res.writeHead(step.status, { 'content-type': 'application/problem+json', ...step.headers });
        return void res.end(step.body ?? '');
      }
      const { status, receipt } = this.commit(r);
      res.writeHead(status, { 'content-type': 'application/json', ...(status === 200 ? { 'fsjc-replayed': 'true' } : {}) });
      res.end(JSON.stringify(receipt));
    });
  }

  private commit(r: Received): { status: number; receipt: Receipt } {
    const batch = parseBatch(r.body, String(r.headers['content-type']).includes('ndjson') ? 'ndjson' : 'json');
    const h = batch.header;
    const key = h.idempotencyKey ?? `${h.senderSystemId}#${h.sequenceNumber}`;
    const known = this.byKey.get(key);
    if (known) return { status: 200, receipt: known };
    this.committed.push({ batch, body: r.body });
    const logSeq = this.committed.length;
    let unsigned: Omit<Receipt, 'signature'> = {
      receiptId: `RC-${logSeq}`, centreId: 'FAKE-CENTRE', logSeq, logHash: 'a'.repeat(64), prevHash: '0'.repeat(64),
      receivedAt: '2026-10-20T18:00:05+08:00', senderSystemId: h.senderSystemId, senderUnitId: h.senderUnitId,
      sequenceNumber: h.sequenceNumber, idempotencyKey: key, bodyDigest: createHash('sm3').update(r.body).digest('hex'),
      checksum: batchChecksum(batch.records), recordCount: batch.records.length, acceptedCount: batch.records.length, rejected: [], status: 'ACCEPTED',
    };
    if (this.tamper) unsigned = this.tamper(unsigned);
    const receipt = signReceipt(unsigned, this.signingKey);
    this.byKey.set(key, receipt);
    return { status: 201, receipt };
  }
}

const problem = (status: number, code: string, detail = code): string =>
  JSON.stringify({ type: `https://fsjc.org.cn/errors/${code}`, title: code, status, code, detail } satisfies Problem);

const rec = (i: number, tag = 'A'): FsjcRecord =>
  ({ recordType: 'event', id: `E-${tag}-${String(i).padStart(4, '0')}`, revision: 1, caseId: 'CS-NH-20260401-0001', eventType: 'RECEIVED', occurredAt: '2026-04-01T09:00:00+08:00', unitId: 'U440605-SCJGJ', handlerName: '南海' }) as unknown as FsjcRecord;
const recs = (n: number, tag = 'A', from = 1): FsjcRecord[] => Array.from({ length: n }, (_, i) => rec(from + i, tag));

const SENDER = { senderSystemId: 'NH-XZSP', senderUnitId: 'U440605-XZFW', regionCode: '440605', profile: 'foshan' };
const FAST = { baseDelay: 5, maxDelay: 20 };

let centre: FakeCentre;
let dir: string;
const open: Uploader[] = [];
const children: ChildProcess[] = [];

function uploader(extra: Partial<UploaderOptions> = {}): Uploader {
  const u = new Uploader({ url: centre.url, token: 'tok-nh', sender: SENDER, spoolDir: dir, centrePublicKey: centre.key.publicKey, batchSize: 10, retry: FAST, ...extra });
  open.push(u);
  return u;
}

const files = (sub: string) => fs.readdirSync(path.join(dir, sub)).sort((a, b) => parseInt(a) - parseInt(b) || a.localeCompare(b));

beforeEach(async () => {
  centre = await new FakeCentre().start();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fsjc-spool-'));
});

afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const u of open.splice(0)) await u.close();
  await centre.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------

describe('Uploader: delivery and receipts', () => {
  it('FSJC-API-071: sends everything added in batches and keeps every verified receipt', async () => {
    const u = uploader();
    const seen: number[] = [];
    u.on('receipt', (d) => seen.push(d.sequenceNumber));
    const progress: number[] = [];
    u.on('progress', (p) => progress.push(p.sentBatches));
    expect(await u.add(recs(12))).toBe(12);
    expect(await u.add(recs(13, 'B'))).toBe(13);
    expect(u.progress().journaledRecords).toBe(25);

    const result = await u.flush();
    expect(result.delivered.map((d) => [d.sequenceNumber, d.receipt.recordCount, d.verified, d.replayed])).toEqual([[1, 10, true, false], [2, 10, true, false], [3, 5, true, false]]);
    expect(result.rejected).toEqual([]);
    expect(seen).toEqual([1, 2, 3]);
    expect(progress.at(-1)).toBe(3);
    expect(u.progress()).toMatchObject({ journaledRecords: 0, pendingBatches: 0, sentBatches: 3, rejectedBatches: 0, retries: 0 });

    // the records arrive once each, in the order added
    expect(centre.committedIds()).toEqual([...recs(12), ...recs(13, 'B')].map((r) => r.id));
    const first = centre.received[0];
    expect(first.url).toBe('/v1/batches');
    expect(first.headers.authorization).toBe('Bearer tok-nh');
    expect(first.headers['content-type']).toMatch(/^application\/json/);
    expect(first.headers['accept-language']).toBe('zh-CN');
    const h = centre.headerOf(first);
    expect(h).toMatchObject({ senderSystemId: 'NH-XZSP', profile: 'foshan', sequenceNumber: 1, recordCount: 10 });
    expect(h.idempotencyKey).toMatch(/^NH-XZSP-1-[0-9a-f]{8}$/);
    expect(h.sentAt).toMatch(/\+08:00$/);
    expect(h.checksum).toEqual({ algorithm: 'SM3', value: batchChecksum(recs(10)) });

    // receipts kept byte for byte beside their batches: the district's proof
    expect(files('sent')).toEqual(['1.json', '1.receipt.json', '2.json', '2.receipt.json', '3.json', '3.receipt.json']);
    expect(files('pending')).toEqual([]);
    const kept = JSON.parse(fs.readFileSync(path.join(dir, 'sent/2.receipt.json'), 'utf8')) as Receipt;
    expect(kept).toEqual(result.delivered[1].receipt);
    expect(fs.readFileSync(path.join(dir, 'sent/1.json'))).toEqual(first.body);
    const spool = await readSpool(dir, { centrePublicKey: centre.key.publicKey });
    expect(spool.sent.map((s) => [s.sequenceNumber, s.verified])).toEqual([[1, true], [2, true], [3, true]]);
    expect(spool).toMatchObject({ nextSequence: 4, journaled: 0, pending: [], rejected: [] });
  });

  it('FSJC-API-071: a replayed batch (200, the original receipt) counts as delivered', async () => {
    // the centre commits, then the connection drops before the answer: the resend is a replay
    centre.script.push('commit-then-destroy');
    const u = uploader();
    await u.add(recs(3));
    const { delivered } = await u.flush();
    expect(delivered).toHaveLength(1);
    expect(delivered[0]).toMatchObject({ sequenceNumber: 1, replayed: true, verified: true, attempts: 2 });
    expect(centre.committed).toHaveLength(1);
    expect(delivered[0].receipt.receiptId).toBe('RC-1');
    expect(centre.bodiesOf(1)).toHaveLength(2);
    expect(centre.bodiesOf(1)[1]).toEqual(centre.bodiesOf(1)[0]);
    expect(files('sent')).toEqual(['1.json', '1.receipt.json']);
  });

  it('FSJC-API-071: a receipt signed with another key is detected; the batch stays pending and sending stops', async () => {
    centre.signingKey = generateCentreKey();
    const u = uploader();
    const invalid: string[][] = [];
    u.on('receiptInvalid', (i) => invalid.push(i.problems));
    await u.add(recs(15));
    const err = await u.flush().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UploadError);
    expect((err as UploadError).code).toBe('receiptInvalid');
    expect((err as UploadError).sequenceNumber).toBe(1);
    expect(invalid[0].join()).toMatch(/signature .* does not verify/);
    // nothing more is sent to a centre that cannot prove who it is
    expect(centre.received).toHaveLength(1);
    expect(files('pending')).toEqual(['1.json', '1.unverified-receipt.json', '2.json']);
    expect(files('sent')).toEqual([]);
    const spool = await readSpool(dir);
    expect(spool.pending[0].unverifiedReceipt?.problems.join()).toMatch(/signature/);
    await u.close();

    // with the right key, the resend gets the original receipt back (a replay) and it checks out
    const u2 = uploader({ centrePublicKey: centre.signingKey.publicKey });
    const { delivered } = await u2.flush();
    expect(delivered.map((d) => [d.sequenceNumber, d.replayed, d.verified])).toEqual([[1, true, true], [2, false, true]]);
    expect(files('pending')).toEqual([]);
    expect(centre.committed).toHaveLength(2);
  });

  it('FSJC-API-071: a signed receipt for another batch is not accepted', async () => {
    centre.tamper = (r) => ({ ...r, checksum: 'f'.repeat(64), sequenceNumber: r.sequenceNumber + 1 });
    const u = uploader();
    await u.add(recs(2));
    const err = (await u.flush().catch((e: unknown) => e)) as UploadError;
    expect(err.code).toBe('receiptInvalid');
    expect(err.problems!.join('\n')).toMatch(/receipt\.sequenceNumber is 2, the batch sent has 1/);
    expect(err.problems!.join('\n')).toMatch(/receipt\.checksum/);
    expect(u.progress().pendingBatches).toBe(1);
  });

  it('FSJC-API-071: without the centre key receipts are accepted but flagged unverified', async () => {
    const u = uploader({ centrePublicKey: undefined });
    await u.add(recs(2));
    const { delivered } = await u.flush();
    expect(delivered[0]).toMatchObject({ sequenceNumber: 1, verified: false });
    expect(files('sent')).toEqual(['1.json', '1.receipt.json']);
  });

  it('FSJC-API-071: checkReceipt compares the receipt with the batch and the bytes sent', async () => {
    const u = uploader();
    await u.add(recs(4));
    const { delivered } = await u.flush();
    const body = fs.readFileSync(path.join(dir, 'sent/1.json'));
    const batch = parseBatch(body, 'json');
    const receipt = delivered[0].receipt;
    expect(checkReceipt(receipt, batch, { centrePublicKey: centre.key.publicKey, body })).toEqual({ ok: true, verified: true, problems: [] });
    // a key change: any of the keys given will do
    expect(checkReceipt(receipt, batch, { centrePublicKey: [generateCentreKey().publicKey, centre.key.publicKey] }).verified).toBe(true);
    expect(checkReceipt(receipt, batch, { body: Buffer.concat([body, Buffer.from(' ')]) }).problems).toEqual([expect.stringMatching(/bodyDigest/)]);
    expect(checkReceipt(receipt, { ...batch, records: batch.records.slice(1) }).problems).toEqual([expect.stringMatching(/recordCount/), expect.stringMatching(/checksum/)]);
    expect(checkReceipt('<html>', batch).ok).toBe(false);
  });
});

describe('Uploader: retries (FSJC-ENV-005)', () => {
  it('FSJC-API-070: retries after 503 and a dropped connection with the same bytes and idempotency key', async () => {
    centre.script.push({ status: 503, body: problem(503, 'api.unavailable') }, 'destroy');
    const u = uploader();
    const retries: string[] = [];
    u.on('retry', (r) => retries.push(`${r.sequenceNumber}:${r.attempt}:${r.status ?? '-'}`));
    await u.add(recs(12));
    const { delivered } = await u.flush();
    expect(delivered.map((d) => [d.sequenceNumber, d.attempts])).toEqual([[1, 3], [2, 1]]);
    expect(retries).toEqual(['1:1:503', '1:2:-']);
    expect(u.progress().retries).toBe(2);
    const bodies = centre.bodiesOf(1);
    expect(bodies).toHaveLength(3);
    expect(bodies[1].equals(bodies[0])).toBe(true);
    expect(bodies[2].equals(bodies[0])).toBe(true);
    const keys = centre.received.filter((r) => centre.headerOf(r).sequenceNumber === 1).map((r) => centre.headerOf(r).idempotencyKey);
    expect(new Set(keys).size).toBe(1);
    expect(centre.committedIds()).toEqual(recs(12).map((r) => r.id));
  });

  it('FSJC-API-070: retries after a timeout with the same bytes', async () => {
    centre.script.push('hang');
    const u = uploader({ timeouts: { headers: 150 } });
    await u.add(recs(3));
    const { delivered } = await u.flush();
    expect(delivered[0].attempts).toBe(2);
    const [a, b] = centre.bodiesOf(1);
    expect(b.equals(a)).toBe(true);
  });

  it('FSJC-API-070: honours Retry-After on 429', async () => {
    centre.script.push({ status: 429, headers: { 'retry-after': '1' }, body: problem(429, 'api.tooManyRequests') });
    const u = uploader();
    const delays: number[] = [];
    u.on('retry', (r) => delays.push(r.delay));
    await u.add(recs(2));
    await u.flush();
    expect(delays).toEqual([1000]);
    const [a, b] = centre.received;
    expect(b.at - a.at).toBeGreaterThanOrEqual(950);
    expect(b.body.equals(a.body)).toBe(true);
  });

  it('FSJC-API-070: Retry-After as seconds or an HTTP-date; back-off grows, is jittered and capped', () => {
    const now = Date.parse('2026-10-20T10:00:00Z');
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs('Tue, 20 Oct 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('Tue, 20 Oct 2026 09:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(undefined, now)).toBeUndefined();
    for (let i = 0; i < 50; i++) {
      const d1 = backoffMs(1, { baseDelay: 100, maxDelay: 1000 });
      const d3 = backoffMs(3, { baseDelay: 100, maxDelay: 1000 });
      const d9 = backoffMs(9, { baseDelay: 100, maxDelay: 1000 });
      expect(d1).toBeGreaterThanOrEqual(50);
      expect(d1).toBeLessThanOrEqual(100);
      expect(d3).toBeGreaterThanOrEqual(200);
      expect(d3).toBeLessThanOrEqual(400);
      expect(d9).toBeGreaterThanOrEqual(500);
      expect(d9).toBeLessThanOrEqual(1000);
    }
  });

  it('FSJC-API-070: gives up after maxAttempts; the batch stays pending and goes with the next flush', async () => {
    centre.script.push(...Array.from({ length: 3 }, () => ({ status: 502 })));
    const u = uploader({ retry: { ...FAST, maxAttempts: 3 } });
    await u.add(recs(2));
    const err = (await u.flush().catch((e: unknown) => e)) as UploadError;
    expect(err.code).toBe('gaveUp');
    expect(centre.received).toHaveLength(3);
    expect(files('pending')).toEqual(['1.json']);
    const { delivered } = await u.flush();
    expect(delivered.map((d) => d.sequenceNumber)).toEqual([1]);
    expect(new Set(centre.received.map((r) => r.body.toString('hex'))).size).toBe(1);
  });

  it('FSJC-API-070: close() stops waiting between attempts; the batch stays pending', async () => {
    centre.fallback = { status: 503, body: problem(503, 'api.unavailable') };
    const u = uploader({ retry: { baseDelay: 60_000, maxDelay: 60_000 } });
    await u.add(recs(2));
    const flushing = u.flush().catch((e: unknown) => e);
    while (centre.received.length < 1) await new Promise((r) => setTimeout(r, 5));
    const t0 = Date.now();
    await u.close();
    const err = (await flushing) as UploadError;
    expect(err.code).toBe('aborted');
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(files('pending')).toEqual(['1.json']);
    await expect(u.add(recs(1))).rejects.toMatchObject({ code: 'closed' });
  });

  it('FSJC-API-070: sendBatch alone sends one batch with the same retries and checks', async () => {
    centre.script.push({ status: 500 });
    const batch = createBatch(SENDER, { sequenceNumber: 7, sentAt: '2026-10-20T18:00:00+08:00', idempotencyKey: 'NH-XZSP-7-abcdef01' }, recs(3));
    const r = await sendBatch(batch, { url: centre.url, token: 't', centrePublicKey: centre.key.publicKey, retry: FAST, format: 'ndjson' });
    expect(r).toMatchObject({ outcome: 'delivered', status: 201, replayed: false, verified: true, attempts: 2 });
    expect(centre.received[1].headers['content-type']).toMatch(/^application\/x-ndjson/);
    expect(centre.bodiesOf(7)[1].equals(centre.bodiesOf(7)[0])).toBe(true);
  });
});

describe('Uploader: final answers', () => {
  it('FSJC-API-070: 422 moves the batch to rejected/ with the problem, is not retried, and the next batch still goes', async () => {
    const issues = [{ code: 'schema.required', severity: 'error', message: 'missing', recordIndex: 0 }];
    centre.script.push({ status: 422, body: JSON.stringify({ ...JSON.parse(problem(422, 'api.invalidBatch')), issues }) });
    const u = uploader();
    const rejected: number[] = [];
    u.on('rejected', (r) => rejected.push(r.sequenceNumber));
    await u.add(recs(15));
    const result = await u.flush();
    expect(result.rejected.map((r) => [r.sequenceNumber, r.status, r.problem?.code, r.attempts])).toEqual([[1, 422, 'api.invalidBatch', 1]]);
    expect(result.delivered.map((d) => d.sequenceNumber)).toEqual([2]);
    expect(rejected).toEqual([1]);
    expect(centre.bodiesOf(1)).toHaveLength(1);
    expect(files('rejected')).toEqual(['1.json', '1.problem.json']);
    const kept = JSON.parse(fs.readFileSync(path.join(dir, 'rejected/1.problem.json'), 'utf8'));
    expect(kept).toMatchObject({ status: 422, problem: { code: 'api.invalidBatch', issues } });
    expect(u.progress()).toMatchObject({ rejectedBatches: 1, sentBatches: 1, pendingBatches: 0 });

    // a later flush does not touch it; resubmitRejected puts the same bytes back
    await u.flush();
    expect(centre.bodiesOf(1)).toHaveLength(1);
    expect(await u.resubmitRejected()).toEqual([1]);
    const again = await u.flush();
    expect(again.delivered.map((d) => d.sequenceNumber)).toEqual([1]);
    const [a, b] = centre.bodiesOf(1);
    expect(b.equals(a)).toBe(true);
    expect(files('rejected')).toEqual([]);
  });

  it('FSJC-API-070: 401 is not retried and moves nothing: the token is wrong, not the batch', async () => {
    centre.script.push({ status: 401, body: problem(401, 'api.unauthorized', '令牌无效') });
    const u = uploader();
    await u.add(recs(15));
    const err = (await u.flush().catch((e: unknown) => e)) as UploadError;
    expect(err).toMatchObject({ code: 'refused', status: 401, sequenceNumber: 1 });
    expect(err.problem?.code).toBe('api.unauthorized');
    expect(centre.received).toHaveLength(1);
    expect(files('pending')).toEqual(['1.json', '2.json']);
    expect(files('rejected')).toEqual([]);
  });
});

describe('Uploader: the spool survives crashes and restarts', () => {
  /** Runs a script in a separate Node process that uses the Uploader (tsx for the sources). */
  function child(code: string): ChildProcess {
    const file = path.join(dir, '..', `${path.basename(dir)}-child.mts`);
    fs.writeFileSync(file, `import { Uploader } from ${JSON.stringify(pathToFileURL(path.join(HERE, 'uploader.ts')).href)};\n${code}`);
    const c = spawn(process.execPath, ['--import', 'tsx', file], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(c);
    c.on('exit', () => fs.rmSync(file, { force: true }));
    return c;
  }
  /** Waits for a condition, failing after a few seconds rather than at the test timeout. */
  async function until(cond: () => boolean, what: string, ms = 15_000): Promise<void> {
    const end = Date.now() + ms;
    while (!cond()) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }
  const exited = (c: ChildProcess) => new Promise<void>((resolve) => (c.exitCode !== null || c.signalCode !== null ? resolve() : c.on('exit', () => resolve())));
  const options = () => JSON.stringify({ url: centre.url, token: 'tok-nh', sender: SENDER, spoolDir: dir, centrePublicKey: centre.key.publicKey, batchSize: 10, retry: FAST });

  it('FSJC-API-070: records added by a process killed before any flush are all sent once by the next Uploader', async () => {
    const c = child(`
      const u = new Uploader(${options()});
      for (let b = 0; b < 3; b++) {
        await u.add(Array.from({ length: 7 }, (_, i) => ({ recordType: 'event', id: 'E-K-' + (b * 7 + i), revision: 1 })));
      }
      process.kill(process.pid, 'SIGKILL');
    `);
    let stderr = '';
    c.stderr!.on('data', (d) => (stderr += d));
    await exited(c);
    expect(c.signalCode, stderr).toBe('SIGKILL');
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'lock'), 'utf8')).pid).toBe(c.pid);

    // the dead process's lock is stale: the next Uploader takes over
    const u = uploader();
    const { delivered } = await u.flush();
    expect(delivered.map((d) => d.sequenceNumber)).toEqual([1, 2, 3]);
    expect(centre.committedIds()).toEqual(Array.from({ length: 21 }, (_, i) => `E-K-${i}`));
  });

  it('FSJC-API-070: batches in flight when the process died are resent byte for byte, once each, under their numbers', async () => {
    centre.fallback = 'hang';
    const c = child(`
      const u = new Uploader(${options()});
      await u.add(Array.from({ length: 25 }, (_, i) => ({ recordType: 'event', id: 'E-F-' + i, revision: 1 })));
      await u.flush();
    `);
    let stderr = '';
    c.stderr!.on('data', (d) => (stderr += d));
    await until(() => centre.received.length >= 1 || c.exitCode !== null, 'the first request');
    expect(c.exitCode, stderr).toBe(null);
    c.kill('SIGKILL');
    await exited(c);
    const inFlight = centre.received[0].body;
    expect(centre.headerOf(centre.received[0]).sequenceNumber).toBe(1);
    expect(files('pending')).toEqual(['1.json', '2.json', '3.json']);

    centre.fallback = undefined;
    const u = uploader();
    await u.add(recs(4, 'NEW'));
    const { delivered } = await u.flush();
    expect(delivered.map((d) => d.sequenceNumber)).toEqual([1, 2, 3, 4]);
    expect(centre.bodiesOf(1).at(-1)!.equals(inFlight)).toBe(true);
    const ids = centre.committedIds();
    expect(ids).toEqual([...Array.from({ length: 25 }, (_, i) => `E-F-${i}`), ...recs(4, 'NEW').map((r) => r.id)]);
    expect(new Set(ids).size).toBe(ids.length);
    const seqs = centre.committed.map((x) => x.batch.header.sequenceNumber);
    expect(seqs).toEqual([1, 2, 3, 4]);
  });

  it('FSJC-API-070: a batch written just before a crash, whose state was not, is adopted and not formed again', async () => {
    centre.fallback = { status: 401, body: problem(401, 'api.unauthorized') };
    const u = uploader();
    await u.add(recs(15));
    const stateBefore = fs.readFileSync(path.join(dir, 'state.json'), 'utf8');
    const journalBefore = fs.readFileSync(path.join(dir, 'journal-1.ndjson'));
    await expect(u.flush()).rejects.toMatchObject({ code: 'refused' });
    await u.close();
    expect(files('pending')).toEqual(['1.json', '2.json']);
    // put the spool back to how a crash after writing pending/2.json, before counting it, leaves it
    const state = JSON.parse(stateBefore);
    fs.writeFileSync(path.join(dir, 'state.json'), JSON.stringify({ ...state, nextSequence: 2, consumed: 10 }));
    fs.writeFileSync(path.join(dir, 'journal-1.ndjson'), journalBefore);
    fs.rmSync(path.join(dir, 'journal-2.ndjson'), { force: true });
    // and a torn tail of an add() that never resolved
    fs.appendFileSync(path.join(dir, 'journal-1.ndjson'), '{"recordType":"event","id":"E-TORN"');

    centre.fallback = undefined;
    const u2 = uploader();
    const { delivered } = await u2.flush();
    expect(delivered.map((d) => d.sequenceNumber)).toEqual([1, 2]);
    expect(centre.committedIds()).toEqual(recs(15).map((r) => r.id));
    expect((await readSpool(dir)).nextSequence).toBe(3);
  });

  it('FSJC-API-070: the sequence counter survives restarts and never goes back', async () => {
    const u1 = uploader({ firstSequence: 41 });
    await u1.add(recs(3));
    await u1.flush();
    await u1.close();
    const u2 = uploader({ firstSequence: 1 }); // only a new spool starts from firstSequence
    await u2.add(recs(3, 'B'));
    expect((await u2.flush()).delivered.map((d) => d.sequenceNumber)).toEqual([42]);
    await u2.close();
    // even with state.json lost, the numbers on disk keep the counter ahead
    fs.rmSync(path.join(dir, 'state.json'));
    const u3 = uploader();
    await u3.add(recs(3, 'C'));
    expect((await u3.flush()).delivered.map((d) => d.sequenceNumber)).toEqual([43]);
    expect(centre.committed.map((c) => c.batch.header.sequenceNumber)).toEqual([41, 42, 43]);
  });

  it('FSJC-API-070: one Uploader per spool directory: a live holder blocks, a dead one does not', async () => {
    const u1 = uploader();
    expect(() => uploader()).toThrow(expect.objectContaining({ code: 'locked' }));
    await u1.close();
    const u2 = uploader();
    await u2.close();

    // another live process holds it
    const c = child(`
      const u = new Uploader(${options()});
      console.log('locked');
      setInterval(() => {}, 1000);
    `);
    let out = '';
    c.stdout!.on('data', (d) => (out += d));
    c.stderr!.on('data', (d) => (out += d));
    await until(() => out.includes('locked') || c.exitCode !== null, 'the child to take the lock');
    expect(out.trim()).toBe('locked');
    try {
      uploader();
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({ code: 'locked' });
      expect(String((e as Error).message)).toContain(`process ${c.pid}`);
    }
    c.kill('SIGKILL');
    await exited(c);
    const u3 = uploader();
    await u3.add(recs(1));
    expect((await u3.flush()).delivered).toHaveLength(1);
  });
});
