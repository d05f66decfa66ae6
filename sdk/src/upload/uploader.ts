import { EventEmitter } from 'node:events';
import { randomBytes } from 'node:crypto';
import type { Dispatcher } from 'undici';
import { createBatch, type BatchSender } from '../builders/index.js';
import { formatInstant } from '../clock/time.js';
import type { FsjcRecord } from '../generated/types.js';
import type { Problem, Receipt } from '../receipt/types.js';
import { serializeBatch } from './body.js';
import { UploadError } from './errors.js';
import { connectionAgent, sendBatch, type CentreConnection, type RetryInfo, type SendResult } from './send.js';
import { Spool } from './spool.js';

export interface UploaderOptions extends CentreConnection {
  /** The sending system as registered with the centre; `profile` goes into every header. */
  sender: BatchSender;
  /** The spool directory: records and batches wait here, receipts are kept here. One process at a time. */
  spoolDir: string;
  /** Most records per batch (default 500). */
  batchSize?: number;
  /** Most bytes per batch body, about (default: no limit): keep under the centre's published limit (FSJC-ENV-011). */
  maxBatchBytes?: number;
  /** The sequence number of the first batch of a new spool (default 1), e.g. to carry on from an older sender. */
  firstSequence?: number;
  /** Stops sending as close() does. */
  signal?: AbortSignal;
  /** The clock for sentAt, in ms since the epoch (default Date.now). */
  now?: () => number;
  onProgress?: (progress: UploadProgress) => void;
  onReceipt?: (delivered: DeliveredBatch) => void;
  onRejected?: (rejected: RejectedBatch) => void;
  onRetry?: (retry: BatchRetry) => void;
  onReceiptInvalid?: (invalid: InvalidReceipt) => void;
}

/** Counts of the Uploader's work, sent with every change. */
export interface UploadProgress {
  /** Records added and not yet in a batch. */
  journaledRecords: number;
  /** Batches formed and not yet acknowledged or rejected. */
  pendingBatches: number;
  /** Batches acknowledged, all time (receipts in sent/). */
  sentBatches: number;
  /** Batches rejected and not resubmitted (in rejected/). */
  rejectedBatches: number;
  /** Retries since this Uploader was made. */
  retries: number;
  /** The batch on the wire, if any. */
  sending?: number;
}

/** A batch the centre acknowledged with a receipt that checked out. */
export interface DeliveredBatch {
  sequenceNumber: number;
  receipt: Receipt;
  /** The receipt's signature verified with `centrePublicKey`; `false` when no key was given. */
  verified: boolean;
  /** The centre already had the batch and returned its original receipt (HTTP 200). */
  replayed: boolean;
  attempts: number;
}

/** A batch the centre refused with a final 4xx; it is kept in rejected/. */
export interface RejectedBatch {
  sequenceNumber: number;
  status: number;
  problem?: Problem;
  /** The response body as received. */
  body: string;
  attempts: number;
}

/** A retry of a batch about to happen. */
export interface BatchRetry extends RetryInfo {
  sequenceNumber: number;
}

/** A receipt that did not check out; the batch stays pending and sending stops. */
export interface InvalidReceipt {
  sequenceNumber: number;
  status: number;
  problems: string[];
  receiptText: string;
}

/** What one flush() did. */
export interface FlushResult {
  delivered: DeliveredBatch[];
  rejected: RejectedBatch[];
}

/** The Uploader's events: `uploader.on('receipt', (d) => …)`. */
export interface UploaderEvents {
  progress: [UploadProgress];
  receipt: [DeliveredBatch];
  rejected: [RejectedBatch];
  retry: [BatchRetry];
  receiptInvalid: [InvalidReceipt];
}

/** One after the other: work on the spool must not interleave. */
class Serial {
  private tail: Promise<unknown> = Promise.resolve();
  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

/** `<senderSystemId>-<sequenceNumber>-<8 random hex>`, within the header schema's 128 characters. */
function idempotencyKey(system: string, seq: number): string {
  const tail = `-${seq}-${randomBytes(4).toString('hex')}`;
  return `${system.slice(0, 128 - tail.length)}${tail}`;
}

function isRecord(r: unknown): r is FsjcRecord {
  return !!r && typeof r === 'object' && !Array.isArray(r) && typeof (r as { recordType?: unknown }).recordType === 'string';
}

/**
 * Sends records to a receiving centre reliably (FSJC clause 15). Records added are journaled to
 * the spool directory and fsynced before add() resolves; flush() forms them into batches with the
 * next sequence numbers, writes each batch to disk before its first attempt, sends the batches in
 * order and keeps every receipt. A new Uploader on the same directory after a crash or restart
 * carries on: journaled records are batched, pending batches are resent byte for byte, so the
 * centre sees every record once and no sequence number twice.
 *
 * What happens to a batch:
 * - 201 or 200 (a replay) with a receipt for it, signed by the centre: delivered; batch and
 *   receipt go to `sent/`.
 * - 408, 429, any 5xx, a dropped connection or a timeout: the same bytes again after an
 *   exponential back-off with jitter (Retry-After honoured), until `retry.maxAttempts`.
 * - 400, 403, 409, 413, 415, 422 and other 4xx about the batch: rejected, never resent on its
 *   own; batch and problem go to `rejected/`, and sending goes on with the next batch.
 *   {@link Uploader.resubmitRejected} puts a batch back once the cause is gone.
 * - 401, 404, 405, 407 or a redirect: the request itself is wrong (token, address), not the
 *   batch; nothing moves, flush() rejects with code `refused`, and the batch goes, unchanged, with
 *   the first flush after the configuration is fixed.
 * - A receipt that does not verify or is for another batch: the batch stays pending with the
 *   receipt kept beside it, flush() rejects with code `receiptInvalid`, and nothing more is sent
 *   to a centre that cannot prove who it is. The next flush starts with that batch again; the
 *   centre answers a resend with the original receipt, so a fixed key clears it.
 *
 * @example
 * const uploader = new Uploader({ url, token, sender, spoolDir: './fsjc-spool', centrePublicKey });
 * uploader.on('receipt', (d) => console.log(d.sequenceNumber, d.receipt.receiptId));
 * await uploader.add(records);
 * await uploader.flush();
 * await uploader.close();
 */
export class Uploader extends EventEmitter<UploaderEvents> {
  private readonly spool: Spool;
  private readonly options: UploaderOptions;
  private readonly dispatcher: Dispatcher;
  private readonly stop = new AbortController();
  private readonly io = new Serial();
  private readonly flushes = new Serial();
  private opened: Promise<void> | undefined;
  private closing: Promise<void> | undefined;
  private retries = 0;
  private sending: number | undefined;

  /** Takes the spool directory's lock at once: throws an UploadError `locked` when another Uploader holds it. */
  constructor(options: UploaderOptions) {
    super();
    const { sender } = options;
    new URL(options.url);
    if (!options.token) throw new TypeError('Uploader: token is required');
    if (!sender?.senderSystemId || !sender.senderUnitId || !sender.regionCode) throw new TypeError('Uploader: sender needs senderSystemId, senderUnitId and regionCode');
    const batchSize = options.batchSize ?? 500;
    if (!Number.isSafeInteger(batchSize) || batchSize < 1) throw new RangeError('Uploader: batchSize must be a positive integer');
    this.options = { ...options, batchSize };
    this.dispatcher = connectionAgent(options);
    this.spool = new Spool(options.spoolDir, options.firstSequence ?? 1);
    try {
      this.spool.lock();
    } catch (e) {
      if (!options.dispatcher) void this.dispatcher.close();
      throw e;
    }
    if (options.signal) {
      if (options.signal.aborted) this.stop.abort(options.signal.reason);
      else options.signal.addEventListener('abort', () => this.stop.abort(options.signal!.reason), { once: true });
    }
    if (options.onProgress) this.on('progress', options.onProgress);
    if (options.onReceipt) this.on('receipt', options.onReceipt);
    if (options.onRejected) this.on('rejected', options.onRejected);
    if (options.onRetry) this.on('retry', options.onRetry);
    if (options.onReceiptInvalid) this.on('receiptInvalid', options.onReceiptInvalid);
  }

  /** The spool directory, resolved. */
  get spoolDir(): string {
    return this.spool.dir;
  }

  private ready(): Promise<void> {
    if (this.closing) return Promise.reject(new UploadError('closed', 'the Uploader is closed'));
    return (this.opened ??= this.io.run(() => this.spool.open()));
  }

  /** The counts right now. */
  progress(): UploadProgress {
    return {
      journaledRecords: this.spool.journaled,
      pendingBatches: this.spool.pendingCount,
      sentBatches: this.spool.counts.sent,
      rejectedBatches: this.spool.counts.rejected,
      retries: this.retries,
      ...(this.sending !== undefined ? { sending: this.sending } : {}),
    };
  }

  private progressed(): void {
    this.emit('progress', this.progress());
  }

  /**
   * Journals records; resolves once they are on disk (fsynced), all of them or, after a crash
   * before it resolved, none. Resolves with the number added. Records are copied as JSON now:
   * changing the objects afterwards changes nothing.
   */
  async add(records: FsjcRecord | Iterable<FsjcRecord>): Promise<number> {
    const list = isRecord(records) ? [records] : [...(records as Iterable<FsjcRecord>)];
    const lines = list.map((r, i) => {
      if (!isRecord(r)) throw new TypeError(`Uploader.add: item ${i} is not a record (an object with a recordType)`);
      return JSON.stringify(r);
    });
    await this.ready();
    if (!lines.length) return 0;
    await this.io.run(() => this.spool.append(lines));
    this.progressed();
    return lines.length;
  }

  /**
   * Forms batches of everything added, sends every pending batch in order and resolves when each
   * is acknowledged or rejected (records added while it sends wait for the next flush). Rejects with an {@link UploadError} when sending has to stop
   * (`refused`, `receiptInvalid`, `gaveUp`, `aborted`); what was not acknowledged stays pending
   * for the next flush or the next Uploader.
   */
  flush(): Promise<FlushResult> {
    return this.flushes.run(async () => {
      await this.ready();
      const { batchSize, maxBatchBytes, sender, format = 'json' } = this.options;
      const now = this.options.now ?? Date.now;
      await this.io.run(() =>
        this.spool.form(
          (records, sequenceNumber) => {
            const batch = createBatch(sender, { sequenceNumber, sentAt: formatInstant(now()), idempotencyKey: idempotencyKey(sender.senderSystemId, sequenceNumber) }, records);
            return { bytes: serializeBatch(batch, format), form: format };
          },
          { batchSize: batchSize!, ...(maxBatchBytes ? { maxBatchBytes } : {}) },
        ),
      );
      this.progressed();
      return this.sendPending();
    });
  }

  private async sendPending(): Promise<FlushResult> {
    const result: FlushResult = { delivered: [], rejected: [] };
    for (;;) {
      if (this.stop.signal.aborted) throw new UploadError('aborted', 'sending was stopped; pending batches stay in the spool', { cause: this.stop.signal.reason });
      const seq = this.spool.nextPending();
      if (seq === undefined) return result;
      const { bytes, form } = await this.spool.readPending(seq);
      this.sending = seq;
      this.progressed();
      let r: SendResult;
      try {
        r = await sendBatch(bytes, {
          ...this.options,
          format: form,
          dispatcher: this.dispatcher,
          signal: this.stop.signal,
          onRetry: (info) => {
            this.retries++;
            this.emit('retry', { ...info, sequenceNumber: seq });
            this.progressed();
          },
        });
      } catch (e) {
        throw new UploadError('aborted', `sending batch ${seq} was stopped; it stays pending`, { sequenceNumber: seq, cause: e });
      } finally {
        this.sending = undefined;
      }
      const at = formatInstant(Date.now());
      switch (r.outcome) {
        case 'delivered': {
          await this.io.run(() => this.spool.markSent(seq, r.receiptText));
          const d: DeliveredBatch = { sequenceNumber: seq, receipt: r.receipt, verified: r.verified, replayed: r.replayed, attempts: r.attempts };
          result.delivered.push(d);
          this.emit('receipt', d);
          break;
        }
        case 'rejected': {
          await this.io.run(() => this.spool.markRejected(seq, { status: r.status, rejectedAt: at, ...(r.problem ? { problem: r.problem } : { body: r.body }) }));
          const j: RejectedBatch = { sequenceNumber: seq, status: r.status, ...(r.problem ? { problem: r.problem } : {}), body: r.body, attempts: r.attempts };
          result.rejected.push(j);
          this.emit('rejected', j);
          break;
        }
        case 'receiptInvalid': {
          await this.io.run(() => this.spool.keepUnverified(seq, { status: r.status, at, problems: r.problems, receiptText: r.receiptText }));
          this.emit('receiptInvalid', { sequenceNumber: seq, status: r.status, problems: r.problems, receiptText: r.receiptText });
          this.progressed();
          throw new UploadError('receiptInvalid', `the receipt for batch ${seq} does not check out: ${r.problems.join('; ')}; the batch stays pending and nothing more is sent`, { sequenceNumber: seq, status: r.status, problems: r.problems });
        }
        case 'refused':
          throw new UploadError('refused', `the centre refused batch ${seq} with HTTP ${r.status}${r.problem?.code ? ` ${r.problem.code}` : ''}${r.problem?.detail ? `: ${r.problem.detail}` : ''}; check the address and token; the batch stays pending`, { sequenceNumber: seq, status: r.status, ...(r.problem ? { problem: r.problem } : {}) });
        case 'gaveUp':
          throw new UploadError('gaveUp', `gave up on batch ${seq} after ${r.attempts} attempts (${r.reason}); it stays pending and is resent by the next flush`, { sequenceNumber: seq, ...(r.status ? { status: r.status } : {}) });
      }
      this.progressed();
    }
  }

  /**
   * Puts rejected batches (all, or those named) back in the queue unchanged, for when the cause
   * was not in the batch (a scope or limit since changed at the centre). Records that were wrong
   * are corrected by adding new revisions instead. Resolves with the sequence numbers moved;
   * the next flush sends them.
   */
  async resubmitRejected(sequenceNumbers?: readonly number[]): Promise<number[]> {
    await this.ready();
    const moved = await this.io.run(() => this.spool.resubmitRejected(sequenceNumbers));
    this.progressed();
    return moved;
  }

  /**
   * Stops sending (a request on the wire is abandoned and its batch stays pending), waits for work
   * under way to settle, closes the connections and gives the spool's lock back.
   */
  close(): Promise<void> {
    return (this.closing ??= (async () => {
      this.stop.abort(new UploadError('closed', 'the Uploader was closed'));
      await this.flushes.run(async () => undefined);
      await this.io.run(async () => undefined);
      if (!this.options.dispatcher) await this.dispatcher.close().catch(() => undefined);
      await this.spool.close();
    })());
  }
}
