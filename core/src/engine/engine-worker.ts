/**
 * The engine's worker thread: one EngineCore, called by the runner in the server's thread with
 * plain data (host.ts). Its heap and garbage collection are its own, so evaluating a busy centre's
 * batches does not hold up the receipts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { EngineCore } from './engine-core.js';
import type { WorkerMessage, WorkerReply } from './host.js';

const core = new EngineCore(workerData as { profile?: string });
// calls are answered strictly in order: each waits for the one before
let queue: Promise<unknown> = Promise.resolve();
parentPort!.on('message', (m: WorkerMessage) => {
  queue = queue.then(async () => {
    let reply: WorkerReply;
    try {
      reply = { id: m.id, result: await (core[m.method] as (...a: unknown[]) => unknown)(...m.args) };
    } catch (e) {
      reply = { id: m.id, error: (e as Error).stack ?? String(e) };
    }
    parentPort!.postMessage(reply);
  });
});
