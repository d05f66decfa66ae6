/**
 * The schema worker: reads the same bytes as the validating thread, with the same reader, and
 * checks each record against its schema (the first-error validator), answering one bit a record.
 * See schema-oracle.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readBatchChunks } from '../../formats/read.js';
import type { BatchFormat } from '../../formats/types.js';
import { passesSchema } from '../schema-check.js';
import type { OracleInput, OracleVerdicts } from './schema-oracle.js';

const port = parentPort!;
const queue: OracleInput[] = [];
let wake: (() => void) | undefined;
port.on('message', (m: OracleInput) => {
  queue.push(m);
  wake?.();
});

/** Verdicts not yet sent: for records from..from+count-1. */
let from = 0;
let bits = new Uint8Array(4096);
let count = 0;
function flush(): void {
  if (!count) return;
  port.postMessage({ from, bits: bits.subarray(0, count) } satisfies OracleVerdicts);
  from += count;
  count = 0;
  bits = new Uint8Array(4096);
}

async function* chunks(): AsyncGenerator<Uint8Array> {
  for (;;) {
    if (!queue.length) {
      // about to wait for bytes: what is decided goes out first, so the other thread never waits on it
      flush();
      await new Promise<void>((r) => (wake = r));
      wake = undefined;
    }
    const m = queue.shift()!;
    if ('end' in m) return;
    yield m.chunk;
  }
}

async function main(): Promise<void> {
  for await (const run of await readBatchChunks(workerData.format as BatchFormat, chunks())) {
    for (const item of run) {
      if (item.kind !== 'record') continue;
      // records come in index order; a gap (never expected) is left undecided
      while (from + count < item.index) { bits[count++] = 0; if (count === bits.length) flush(); }
      const type = item.value && typeof item.value === 'object' ? (item.value as { recordType?: unknown }).recordType : undefined;
      bits[count++] = typeof type === 'string' && passesSchema(type, item.value) ? 1 : 0;
      if (count === bits.length) flush();
    }
  }
  flush();
  port.postMessage({ done: true } satisfies OracleVerdicts);
}

void main();
