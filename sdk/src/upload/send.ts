import { setTimeout as sleep } from 'node:timers/promises';
import { rootCertificates } from 'node:tls';
import type { Dispatcher } from 'undici';
import { loadUndici } from './undici.js';
import { STANDARD_VERSION } from '../generated/standard.js';
import type { Batch } from '../generated/types.js';
import type { Problem, Receipt } from '../receipt/types.js';
import { MEDIA_TYPES, parseBatch, serializeBatch, type BatchForm } from './body.js';
import { checkReceipt } from './check.js';

/** Back-off between attempts: exponential from `baseDelay`, capped at `maxDelay`, with jitter. */
export interface RetryOptions {
  /** Delay before the second attempt, in ms (default 1 000); it doubles with each attempt. */
  baseDelay?: number;
  /** Longest delay between attempts, in ms (default 60 000); a centre's Retry-After is honoured beyond it. */
  maxDelay?: number;
  /** Attempts per batch before giving up, the first included (default: no limit). */
  maxAttempts?: number;
}

/** Time limits of one request, in ms. */
export interface Timeouts {
  /** To open the connection (default 10 000). */
  connect?: number;
  /** From sending the request to the response headers: the centre validates and commits in this time (default 120 000). */
  headers?: number;
  /** Between two chunks of the response body (default 60 000). */
  body?: number;
}

/** Connection to a receiving centre, shared by {@link sendBatch} and the Uploader. */
export interface CentreConnection {
  /** The centre's base address, e.g. `https://centre.example/`; batches go to `<url>/v1/batches`. */
  url: string;
  /** The sending system's bearer token. */
  token: string;
  /** The centre's SM2 public key (or keys, during a key change): receipts must verify with it. */
  centrePublicKey?: string | readonly string[];
  /** Serialisation of the request body (default json). */
  format?: BatchForm;
  /** `per-record`: the centre accepts the valid records of a batch and lists the others in the receipt (FSJC-ENV-013). */
  acceptance?: 'all' | 'per-record';
  /** Accept-Language of the requests: the language of problem details (default zh-CN). */
  language?: string;
  retry?: RetryOptions;
  timeouts?: Timeouts;
  /** Extra trusted certificate authorities (PEM), e.g. a government private CA. */
  ca?: string | Buffer | readonly (string | Buffer)[];
  /** An undici dispatcher of your own (proxy, client certificate, …); `ca` and `timeouts.connect` are then yours to set. */
  dispatcher?: Dispatcher;
}

/** One retry about to happen. */
export interface RetryInfo {
  /** The attempt that failed (1 for the first). */
  attempt: number;
  /** Wait before the next attempt, in ms. */
  delay: number;
  /** HTTP status, when there was a response. */
  status?: number;
  /** What went wrong: `HTTP 503 api.unavailable`, `ECONNRESET`, … */
  reason: string;
}

export interface SendOptions extends CentreConnection {
  /** Stops waiting and sending: the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  onRetry?: (info: RetryInfo) => void;
}

/** How sending one batch ended. */
export type SendResult =
  /** 201 (committed now) or 200 (the centre already had it: `replayed`), with a receipt that checked out. */
  | { outcome: 'delivered'; status: number; receipt: Receipt; receiptText: string; replayed: boolean; verified: boolean; attempts: number }
  /** A final 4xx about this batch (400, 403, 409, 413, 415, 422, …): resending the same bytes would not help. */
  | { outcome: 'rejected'; status: number; problem?: Problem; body: string; attempts: number }
  /** The centre refused the request as such (401, 404, 405, 407, a redirect): a matter of configuration, not of the batch. */
  | { outcome: 'refused'; status: number; problem?: Problem; body: string; attempts: number }
  /** A success status whose receipt is not for this batch or not signed by the centre. */
  | { outcome: 'receiptInvalid'; status: number; receiptText: string; problems: string[]; attempts: number }
  /** `maxAttempts` transient failures in a row. */
  | { outcome: 'gaveUp'; status?: number; reason: string; attempts: number };

/** Transient (FSJC-API-070): time-outs, too many requests and every 5xx. */
const retryable = (status: number) => status === 408 || status === 429 || status >= 500;
/** Not about the batch: credentials, address, method, proxy. */
const REFUSED_STATUS = new Set([401, 404, 405, 407]);

/** Builds the undici agent of a connection: keep-alive, connect timeout, extra CAs. */
export function connectionAgent(c: CentreConnection): Dispatcher {
  if (c.dispatcher) return c.dispatcher;
  const ca = c.ca === undefined ? undefined : typeof c.ca === 'string' || Buffer.isBuffer(c.ca) ? [c.ca] : [...c.ca];
  return new (loadUndici().Agent)({
    keepAliveTimeout: 30_000,
    // extra CAs are added to Node's own roots, which a `ca` option alone would replace
    connect: { timeout: c.timeouts?.connect ?? 10_000, ...(ca ? { ca: [...rootCertificates, ...ca.map(String)] } : {}) },
  });
}


/** `<url>/v1/batches`, with the acceptance query when asked. */
export function batchesUrl(c: Pick<CentreConnection, 'url' | 'acceptance'>): URL {
  const base = new URL(c.url.endsWith('/') ? c.url : `${c.url}/`);
  const url = new URL('v1/batches', base);
  if (c.acceptance === 'per-record') url.searchParams.set('acceptance', 'per-record');
  return url;
}

/** Milliseconds to wait from a Retry-After value: delay-seconds or an HTTP-date (RFC 9110 §10.2.3). */
export function retryAfterMs(value: string | string[] | undefined, now = Date.now()): number | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  if (!v) return undefined;
  if (/^\s*\d+\s*$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** The back-off before attempt `failed + 1`: exponential with "equal jitter" (half fixed, half random). */
export function backoffMs(failed: number, retry: RetryOptions = {}): number {
  const base = retry.baseDelay ?? 1000;
  const max = retry.maxDelay ?? 60_000;
  const exp = Math.min(max, base * 2 ** Math.min(failed - 1, 30));
  return Math.round(exp / 2 + (Math.random() * exp) / 2);
}

function asProblem(text: string, contentType: string): Problem | undefined {
  if (!/json/i.test(contentType)) return undefined;
  try {
    const p = JSON.parse(text) as Problem;
    return p && typeof p === 'object' && !Array.isArray(p) ? p : undefined;
  } catch {
    return undefined;
  }
}

function header(h: Record<string, string | string[] | undefined>, name: string): string {
  const v = h[name];
  return Array.isArray(v) ? v.join(', ') : (v ?? '');
}

function errorReason(e: unknown): string {
  const err = e as { code?: string; message?: string; cause?: { code?: string } };
  return err?.code ?? err?.cause?.code ?? err?.message ?? String(e);
}

/**
 * Sends one batch to a receiving centre (FSJC clause 15) and resolves with how it ended. The same
 * bytes, and so the same header, sequence number, idempotency key and sentAt, are sent on every
 * attempt (FSJC-ENV-005, FSJC-API-070); 408, 429, 5xx, dropped connections and timeouts are retried
 * with exponential back-off and jitter, honouring Retry-After. The receipt is checked with
 * {@link checkReceipt} before the batch counts as delivered. Only an abort rejects the promise.
 *
 * Give the bytes (a `Uint8Array` in `options.format`) to resend a batch exactly as first sent;
 * give a `Batch` to have it serialised once here.
 *
 * @example
 * const result = await sendBatch(batch, { url: 'https://centre.example/', token, centrePublicKey });
 * if (result.outcome === 'delivered') save(result.receiptText);
 */
export async function sendBatch(batch: Batch | Uint8Array, options: SendOptions): Promise<SendResult> {
  const format = options.format ?? 'json';
  const body = batch instanceof Uint8Array ? batch : serializeBatch(batch, format);
  const sent = batch instanceof Uint8Array ? parseBatch(batch, format) : batch;
  const url = batchesUrl(options);
  const own = options.dispatcher ? undefined : connectionAgent(options);
  const dispatcher = options.dispatcher ?? own!;
  const maxAttempts = options.retry?.maxAttempts ?? Infinity;
  const signal = options.signal;
  try {
    for (let attempt = 1; ; attempt++) {
      signal?.throwIfAborted();
      let status: number | undefined;
      let reason: string;
      let wait: number | undefined;
      try {
        const res = await loadUndici().request(url, {
          method: 'POST',
          dispatcher,
          signal,
          headers: {
            authorization: `Bearer ${options.token}`,
            'content-type': `${MEDIA_TYPES[format]}; charset=utf-8`,
            accept: 'application/json, application/problem+json',
            'accept-language': options.language ?? 'zh-CN',
            'user-agent': `fsjc-sdk (FSJC ${STANDARD_VERSION})`,
          },
          body,
          headersTimeout: options.timeouts?.headers ?? 120_000,
          bodyTimeout: options.timeouts?.body ?? 60_000,
        });
        status = res.statusCode;
        const text = await res.body.text();
        const contentType = header(res.headers, 'content-type');
        if (status === 200 || status === 201) {
          let receipt: unknown;
          try {
            receipt = JSON.parse(text);
          } catch {
            receipt = undefined;
          }
          const check = checkReceipt(receipt, sent, { centrePublicKey: options.centrePublicKey, body });
          if (!check.ok) return { outcome: 'receiptInvalid', status, receiptText: text, problems: check.problems, attempts: attempt };
          const replayed = status === 200 || header(res.headers, 'fsjc-replayed') === 'true';
          return { outcome: 'delivered', status, receipt: receipt as Receipt, receiptText: text, replayed, verified: check.verified, attempts: attempt };
        }
        const problem = asProblem(text, contentType);
        if (!retryable(status)) {
          const refused = REFUSED_STATUS.has(status) || status < 400;
          return { outcome: refused ? 'refused' : 'rejected', status, ...(problem ? { problem } : {}), body: text, attempts: attempt };
        }
        reason = `HTTP ${status}${problem?.code ? ` ${problem.code}` : ''}`;
        wait = retryAfterMs(res.headers['retry-after']);
      } catch (e) {
        if (signal?.aborted) throw signal.reason;
        reason = errorReason(e);
      }
      if (attempt >= maxAttempts) return { outcome: 'gaveUp', ...(status ? { status } : {}), reason, attempts: attempt };
      const delay = wait ?? backoffMs(attempt, options.retry);
      options.onRetry?.({ attempt, delay, ...(status ? { status } : {}), reason });
      await sleep(delay, undefined, signal ? { signal } : undefined).catch((e) => {
        throw signal?.aborted ? signal.reason : e;
      });
    }
  } finally {
    await own?.close();
  }
}
