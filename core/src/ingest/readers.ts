import fs from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { readAndValidateBatch, type BatchFormat, type ReadBatch } from '@fsjc/sdk';

/** Reads and validates one batch (the SDK's readAndValidateBatch), here or in a worker. */
export type BatchReader = ((body: Uint8Array, format: BatchFormat) => Promise<ReadBatch>) & { close?: () => Promise<void> };

export const readInProcess: BatchReader = (body, format) => readAndValidateBatch(body, { format });

/**
 * A pool of validation workers (default: one per core but the first, at least one), so that
 * reading and validating batches runs beside the commits and the engine. Where the built worker
 * file is not there (the sources run directly, as in the tests), batches are read in process.
 */
export function workerReader(size = Math.max(1, Math.min(4, os.availableParallelism() - 1))): BatchReader {
  const file = new URL('./validate-worker.js', import.meta.url);
  if (file.protocol !== 'file:' || !fs.existsSync(fileURLToPath(file))) return readInProcess;
  const waiting = new Map<number, { resolve: (r: ReadBatch) => void; reject: (e: Error) => void; slot: Slot }>();
  type Slot = { worker: Worker; busy: number };
  let closing = false;
  const start = (slot: Slot): Slot => {
    slot.worker = new Worker(file);
    slot.worker.unref();
    slot.worker.on('message', (m: { id: number; read?: ReadBatch; error?: string }) => {
      const w = waiting.get(m.id);
      if (!w) return;
      waiting.delete(m.id);
      w.slot.busy--;
      if (m.read) w.resolve(m.read);
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
  const read: BatchReader = (body, format) => new Promise<ReadBatch>((resolve, reject) => {
    // the least busy worker takes it
    const slot = workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    slot.busy++;
    const id = next++;
    waiting.set(id, { resolve, reject, slot });
    slot.worker.postMessage({ id, body, format });
  });
  read.close = async () => {
    closing = true;
    await Promise.all(workers.map((w) => w.worker.terminate()));
  };
  return read;
}
