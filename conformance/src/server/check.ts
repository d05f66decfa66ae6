import { isDeepStrictEqual } from 'node:util';
import { sm3 } from 'sm-crypto-v2';
import { batchChecksum, verifyReceipt, type Batch, type Receipt } from '@fsjc/sdk';
import type { Check } from '../suite/run.js';
import type { CheckResult, Note, TestDef } from '../suite/types.js';
import { KitProblem, type ServerContext } from './context.js';
import { NetworkError, type Answer, type Exchanges } from './http.js';
import { schemaProblems } from './schemas.js';

/** What a server check found: failures (none means pass), the note that says it passed, and what it saw. */
export interface Finding {
  failures: Note[];
  passed: Note;
  evidence?: Record<string, unknown>;
}

/**
 * A server check: its requests are recorded and become the evidence; a network failure or a
 * problem of the kit's own is an error of the kit (FSJC-CONF-013), never a verdict on the centre.
 */
export function serverCheck(id: string, run: (test: TestDef, ctx: ServerContext, http: Exchanges) => Promise<Finding>): Check<ServerContext> {
  return {
    id,
    async run(test, ctx, signal): Promise<CheckResult> {
      const http = ctx.http(signal);
      try {
        const f = await run(test, ctx, http);
        const evidence = { ...f.evidence, exchanges: http.log };
        return f.failures.length ? { outcome: 'fail', notes: f.failures, evidence } : { outcome: 'pass', notes: [f.passed], evidence };
      } catch (e) {
        if (e instanceof NetworkError) return { outcome: 'error', notes: [{ code: 'kit.network', params: { message: e.message } }], evidence: { exchanges: http.log } };
        if (e instanceof KitProblem) return { outcome: 'error', notes: [e.note], evidence: { exchanges: http.log } };
        throw e;
      }
    },
  };
}

/** The stable codes an error body gives: its own and those of the findings it lists. */
export function problemCodes(a: Answer): string[] {
  const p = a.json as { code?: unknown; issues?: { code?: unknown }[] } | undefined;
  return [p?.code, ...(Array.isArray(p?.issues) ? p.issues.map((i) => i?.code) : [])].filter((c): c is string => typeof c === 'string');
}

/** The status expected; a note naming the request, the status and the code that came instead. */
export function expectStatus(a: Answer, expected: number, failures: Note[]): boolean {
  if (a.status === expected) return true;
  failures.push({ code: 'server.status', params: { request: a.request, expected, actual: a.status, code: problemCodes(a)[0] ?? '-' } });
  return false;
}

/** An error body as FSJC-API-020 has it: problem details, conforming to the schema, with a stable code. */
export function expectProblem(a: Answer, failures: Note[]): void {
  const type = a.headers['content-type'] ?? '';
  if (!/^application\/problem\+json\b/i.test(type)) failures.push({ code: 'server.notProblem', params: { request: a.request, contentType: type || '-' } });
  const problems = schemaProblems('Problem', a.json);
  if (problems.length) failures.push({ code: 'server.problemInvalid', params: { request: a.request, problems: problems.join('; ') } });
}

/** An error answer: the status and a problem body. */
export function expectRefusal(a: Answer, status: number, failures: Note[]): boolean {
  const ok = expectStatus(a, status, failures);
  if (a.status >= 400) expectProblem(a, failures);
  return ok;
}

/** A code among those of a problem body. */
export function expectCode(a: Answer, code: string, failures: Note[]): void {
  const codes = problemCodes(a);
  if (!codes.includes(code)) failures.push({ code: 'server.codeMissing', params: { request: a.request, code, codes: codes.join(', ') || '-' } });
}

/** A batch the centre must not have kept: the sender's status look-up by idempotency key finds nothing (FSJC-API-003, -016). */
export async function expectNotKept(http: Exchanges, key: string, token: string, as: 'kit' | 'other', failures: Note[]): Promise<void> {
  const a = await http.send('GET', `/v1/batches?idempotencyKey=${encodeURIComponent(key)}`, { token, as });
  if (a.status !== 404) failures.push({ code: 'server.kept', params: { key, status: a.status } });
}

/**
 * A receipt for a batch as sent (FSJC-API-011, FSJC-API-012): it conforms to the receipt schema,
 * names the batch (sender, sequence number, idempotency key, record count, checksum, body digest),
 * accepted every record, and its signature verifies with the key the centre publishes.
 */
export function expectReceipt(ctx: ServerContext, body: unknown, sent: { batch: Batch; bytes: Uint8Array; idempotencyKey: string }, failures: Note[], options: { signature?: boolean } = {}): Receipt | undefined {
  const problems = schemaProblems('Receipt', body);
  if (problems.length) {
    failures.push({ code: 'server.receiptInvalid', params: { problems: problems.join('; ') } });
    return undefined;
  }
  const r = body as Receipt;
  const h = sent.batch.header;
  const expected: Record<string, unknown> = {
    senderSystemId: h.senderSystemId, senderUnitId: h.senderUnitId, sequenceNumber: h.sequenceNumber, idempotencyKey: sent.idempotencyKey,
    recordCount: sent.batch.records.length, acceptedCount: sent.batch.records.length, status: 'ACCEPTED',
    checksum: batchChecksum(sent.batch.records), bodyDigest: sm3(sent.bytes),
    ...(ctx.centre?.centreId ? { centreId: ctx.centre.centreId } : {}),
  };
  for (const [field, value] of Object.entries(expected)) {
    const actual = (r as unknown as Record<string, unknown>)[field];
    if (!isDeepStrictEqual(actual, value)) failures.push({ code: 'server.receiptField', params: { field, expected: String(value), actual: String(actual) } });
  }
  if (options.signature) expectSigned(ctx, r, failures);
  return r;
}

/** A receipt signed with the key the centre publishes (FSJC-API-012). */
export function expectSigned(ctx: ServerContext, r: Receipt, failures: Note[]): void {
  const key = ctx.centre;
  if (!key?.publicKey) throw new KitProblem({ code: 'server.noCentreKey' });
  if (r.signature?.keyId !== key.keyId) failures.push({ code: 'server.receiptKeyId', params: { keyId: String(r.signature?.keyId), published: String(key.keyId) } });
  if (!verifyReceipt(r, key.publicKey)) failures.push({ code: 'server.signatureInvalid', params: { receiptId: String(r.receiptId), keyId: String(key.keyId) } });
}

export const sameJson = isDeepStrictEqual;
