/**
 * A validation worker: reads and validates batches off the main thread, so the thread that
 * commits and runs the engine is not also the one that checks every record.
 */
import { parentPort } from 'node:worker_threads';
import { readAndValidateBatch, type BatchFormat } from '@fsjc/sdk';

parentPort!.on('message', async (m: { id: number; body: Uint8Array; format: BatchFormat }) => {
  try {
    const read = await readAndValidateBatch(m.body, { format: m.format });
    parentPort!.postMessage({ id: m.id, read });
  } catch (e) {
    parentPort!.postMessage({ id: m.id, error: (e as Error).stack ?? String(e) });
  }
});
