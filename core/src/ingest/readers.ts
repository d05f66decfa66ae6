import fs from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { readAndValidateBatch, type BatchFormat, type ReadBatch } from '@fsjc/sdk';
import { ApiError } from '../errors/problem.js';
import type { ApiCode } from '../errors/codes.js';
import { sm3Hex } from '../storage/chain.js';
import { screen } from './decode.js';

/** A batch's bytes screened, read and validated, and their SM3 digest. */
export interface ReadResult {
  read: ReadBatch;
  bodyDigest: string;
  /**
   * Each record as JSON text, where a worker wrote it to send the records across (the projection
   * keeps it); empty where the reader gave no record.
   */
  bodies?: string[];
}

/** Takes a batch's bytes as far as it can without the stored state (readBatch), here or in a worker. */
export type BatchReader = ((body: Uint8Array, format: BatchFormat, maxDepth: number) => Promise<ReadResult>) & { close?: () => Promise<void> };

/**
 * The work on a batch's bytes that needs nothing stored: screening them (nesting depth, no DTD),
 * reading and validating them in one pass (the SDK's readAndValidateBatch) and their SM3 digest.
 * Throws the screen's ApiError.
 */
export async function readBatch(body: Uint8Array, format: BatchFormat, maxDepth: number): Promise<ReadResult> {
  screen(body, format, maxDepth);
  const read = await readAndValidateBatch(body, { format });
  return { read, bodyDigest: sm3Hex(body) };
}

export const readInProcess: BatchReader = readBatch;

/**
 * The records cross from a worker as JSON text, parsed here: cheaper than the structured clone of
 * the objects, and the same text is what the projection stores.
 */
export function toWorker(result: ReadResult): ReadResult & { bodies: string[] } {
  const { records } = result.read;
  const bodies: string[] = new Array(records.length);
  // an empty string: no value at that index (a record the reader could not give)
  for (let i = 0; i < records.length; i++) bodies[i] = records[i] === undefined ? '' : JSON.stringify(records[i]);
  return { ...result, read: { ...result.read, records: [] }, bodies };
}

function fromWorker(result: ReadResult & { bodies: string[] }): ReadResult {
  const { bodies } = result;
  const records: unknown[] = new Array(bodies.length);
  for (let i = 0; i < bodies.length; i++) if (bodies[i] !== '') records[i] = JSON.parse(bodies[i]);
  return { ...result, read: { ...result.read, records } };
}

/** What a validation worker answers. */
export type WorkerAnswer = { id: number } & ({ result: ReadResult & { bodies: string[] } } | { apiError: { code: ApiCode; params: Record<string, string | number> } } | { error: string });

/**
 * A pool of validation workers (default: one per core but the first, at least one), so that
 * screening, reading, validating and digesting batches runs beside the commits and the engine.
 * Where the built worker file is not there (the sources run directly, as in the tests), batches
 * are read in process.
 */
export function workerReader(size = Math.max(1, Math.min(4, os.availableParallelism() - 1)), file = new URL('./validate-worker.js', import.meta.url)): BatchReader {
  if (file.protocol !== 'file:' || !fs.existsSync(fileURLToPath(file))) return readInProcess;
  const waiting = new Map<number, { resolve: (r: ReadResult) => void; reject: (e: Error) => void; slot: Slot }>();
  type Slot = { worker: Worker; busy: number };
  let closing = false;
  const start = (slot: Slot): Slot => {
    slot.worker = new Worker(file);
    slot.worker.unref();
    slot.worker.on('message', (m: WorkerAnswer) => {
      const w = waiting.get(m.id);
      if (!w) return;
      waiting.delete(m.id);
      w.slot.busy--;
      if ('result' in m) w.resolve(fromWorker(m.result));
      else if ('apiError' in m) w.reject(new ApiError(m.apiError.code, m.apiError.params));
      else w.reject(new Error(m.error));
    });
    // a worker that dies takes its batches with it (they get an error, the sender retries) and is replaced
    slot.worker.on('exit', (code) => {
      for (const [id, w] of waiting) if (w.slot === slot) { waiting.delete(id); w.reject(new Error(`validation worker stopped (${code})`)); }
      slot.busy = 0;
      if (!closing) start(slot);
    });
    return slot;
  };
  const workers: Slot[] = Array.from({ length: size }, () => start({ worker: undefined as unknown as Worker, busy: 0 }));
  let next = 0;
  const read: BatchReader = (body, format, maxDepth) => new Promise<ReadResult>((resolve, reject) => {
    // the least busy worker takes it
    const slot = workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    slot.busy++;
    const id = next++;
    waiting.set(id, { resolve, reject, slot });
    slot.worker.postMessage({ id, body, format, maxDepth });
  });
  read.close = async () => {
    closing = true;
    await Promise.all(workers.map((w) => w.worker.terminate()));
  };
  return read;
}
