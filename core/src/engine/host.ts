import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { EngineCore, type EngineCall } from './engine-core.js';

type Method<M extends EngineCall> = EngineCore[M] extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : never;

/**
 * Where the engine runs: in a worker thread of its own, or in the server's thread. Either way the
 * runner calls it with plain data and waits; calls are answered in order.
 */
export interface EngineHost {
  call<M extends EngineCall>(method: M, ...args: Parameters<EngineCore[M]>): ReturnType<Method<M>>;
  /** Stops the host; calls still waiting are refused. */
  close(): Promise<void>;
  /** True when the engine has its own thread. */
  readonly threaded: boolean;
}

export function inProcessHost(options: { profile?: string }): EngineHost {
  const core = new EngineCore(options);
  return {
    threaded: false,
    call: ((method: EngineCall, ...args: unknown[]) =>
      Promise.resolve().then(() => (core[method] as (...a: unknown[]) => unknown)(...args))) as EngineHost['call'],
    close: async () => undefined,
  };
}

/** The built worker file beside the package's entry, where there is one. */
export const ENGINE_WORKER = new URL('./engine-worker.js', import.meta.url);

export type WorkerMessage = { id: number; method: EngineCall; args: unknown[] };
export type WorkerReply = { id: number; result?: unknown; error?: string };

/**
 * The engine in a worker thread: its evaluation and its garbage collection run beside the thread
 * that takes batches and answers receipts, not in it. `onExit` is told when the worker stops by
 * itself (the engine's state is then gone; the runner reloads it from the log).
 */
export function workerHost(options: { profile?: string }, onExit: (error: Error) => void, file: URL = ENGINE_WORKER): EngineHost | undefined {
  if (file.protocol !== 'file:' || !fs.existsSync(fileURLToPath(file))) return undefined;
  const worker = new Worker(file, { workerData: options });
  worker.unref();
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let next = 0;
  let closing = false;
  const refuseAll = (e: Error) => {
    for (const w of waiting.values()) w.reject(e);
    waiting.clear();
  };
  worker.on('message', (m: WorkerReply) => {
    const w = waiting.get(m.id);
    if (!w) return;
    waiting.delete(m.id);
    if (m.error !== undefined) w.reject(new Error(m.error));
    else w.resolve(m.result);
  });
  worker.on('error', (e) => refuseAll(e));
  worker.on('exit', (code) => {
    const e = new Error(`engine worker stopped (${code})`);
    refuseAll(e);
    if (!closing) onExit(e);
  });
  return {
    threaded: true,
    call: ((method: EngineCall, ...args: unknown[]) => new Promise((resolve, reject) => {
      if (closing) return reject(new Error('engine worker closed'));
      const id = next++;
      waiting.set(id, { resolve, reject });
      worker.postMessage({ id, method, args } satisfies WorkerMessage);
    })) as EngineHost['call'],
    close: async () => {
      closing = true;
      await worker.terminate();
      refuseAll(new Error('engine worker closed'));
    },
  };
}
