/**
 * The record worker: reads the same bytes as the validating thread, with the same reader, checks
 * each record against its schema (the first-error validator) and runs the rules that look at one
 * record alone on those that pass. It answers a status a record and the findings of those rules.
 * See record-oracle.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readBatchChunks } from '../../formats/read.js';
import type { BatchFormat } from '../../formats/types.js';
import { passesSchema } from '../schema-check.js';
import type { AnyRecord } from '../rule.js';
import { aboutRecordOrHeader } from '../issue.js';
import { AloneChecks, type AloneFinding } from './alone-checks.js';
import { PASSED, PASSED_WITH_HEADER, UNDECIDED, type OracleInput, type OracleVerdicts } from './record-oracle.js';

const port = parentPort!;
const queue: OracleInput[] = [];
let wake: (() => void) | undefined;
port.on('message', (m: OracleInput) => {
  queue.push(m);
  wake?.();
});

/** Verdicts not yet sent: for records from..from+count-1. */
let from = 0;
let status = new Uint8Array(4096);
let count = 0;
let findings: AloneFinding[] = [];
function flush(): void {
  if (!count) return;
  port.postMessage({ from, status: status.subarray(0, count), findings } satisfies OracleVerdicts);
  from += count;
  count = 0;
  status = new Uint8Array(4096);
  findings = [];
}
function decide(s: number): void {
  status[count++] = s;
  if (count === status.length) flush();
}

let chunksRead = 0;
async function* chunks(): AsyncGenerator<Uint8Array> {
  for (;;) {
    if (!queue.length) {
      // about to wait for bytes: what is decided goes out first, so the other thread never waits on it
      flush();
      if (workerData.lockstep) port.postMessage({ idle: chunksRead } satisfies OracleVerdicts);
      await new Promise<void>((r) => (wake = r));
      wake = undefined;
    }
    const m = queue.shift()!;
    if ('end' in m) return;
    chunksRead++;
    yield m.chunk;
  }
}

const isObject = (v: unknown): v is AnyRecord => !!v && typeof v === 'object' && !Array.isArray(v);

async function main(): Promise<void> {
  const checks = new AloneChecks();
  // as on the validating thread: a reader's finding about a record or the header leaves it to that thread
  let readerFinding = false;
  for await (const run of await readBatchChunks(workerData.format as BatchFormat, chunks())) {
    for (const item of run) {
      if (item.kind === 'issue') {
        if (aboutRecordOrHeader(item.issue)) readerFinding = true;
        continue;
      }
      if (item.kind === 'header') {
        checks.header = !readerFinding && isObject(item.value) && passesSchema('header', item.value) ? item.value : undefined;
        readerFinding = false;
        continue;
      }
      if (item.kind !== 'record') continue;
      // records come in index order; a gap (never expected) is left undecided
      while (from + count < item.index) decide(UNDECIDED);
      const value = item.value;
      const passed = !readerFinding && isObject(value) && typeof value.recordType === 'string' && passesSchema(value.recordType, value);
      readerFinding = false;
      if (!passed) decide(UNDECIDED);
      else {
        checks.check(item.index, value, findings);
        decide(checks.header ? PASSED_WITH_HEADER : PASSED);
      }
    }
  }
  flush();
  port.postMessage({ done: true } satisfies OracleVerdicts);
}

void main();
