/**
 * A validation worker: screens, reads, validates and digests batches off the main thread, so the
 * thread that commits and runs the engine is not also the one that checks every record.
 */
import { parentPort } from 'node:worker_threads';
import type { BatchFormat } from '@fsjc/sdk';
import { ApiError } from '../errors/problem.js';
import { readBatch, toWorker, type WorkerAnswer } from './readers.js';

parentPort!.on('message', async (m: { id: number; body: Uint8Array; format: BatchFormat; maxDepth: number }) => {
  let answer: WorkerAnswer;
  try {
    answer = { id: m.id, result: toWorker(await readBatch(m.body, m.format, m.maxDepth)) };
  } catch (e) {
    answer = e instanceof ApiError ? { id: m.id, apiError: { code: e.code, params: e.params } } : { id: m.id, error: (e as Error).stack ?? String(e) };
  }
  parentPort!.postMessage(answer);
});
