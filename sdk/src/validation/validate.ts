import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { detectFormat } from '../formats/detect.js';
import { detectFileFormat, readBatchChunks } from '../formats/read.js';
import { bytesChunks, fileChunks } from '../formats/source.js';
import type { BatchFormat, BatchItem } from '../formats/types.js';
import { newIssue } from './codes.js';
import { IssueCollector, type ValidationReport } from './collector.js';
import type { Issue } from './issue.js';
import { Validator } from './validator.js';
import { RecordOracle, type RecordWorkerOptions } from './parallel/record-oracle.js';

export interface ValidateOptions {
  /** Examples kept per finding code in the report (default 5). */
  maxExamples?: number;
  /** Called for every finding as it is made, e.g. to stream them out. */
  onIssue?: (issue: Issue) => void;
  /** Called now and then while a file is read. */
  onProgress?: (file: string, bytesRead: number, totalBytes: number) => void;
  /** Called with each file's header and each record as read, for a caller that also wants the values (one read serves both). */
  onHeader?: (file: string, header: unknown) => void;
  onRecord?: (file: string, index: number, record: unknown) => void;
  /** Force a serialisation instead of detecting it from the name and first bytes. */
  format?: BatchFormat;
  /**
   * Check XML records against the XSD too, in process (FSJC-XML-006): a second opinion beside
   * the mapping and the JSON Schema, which already check everything the XSD does. `auto` (the
   * default) does it for files up to 16 MB, since it costs about 60 µs a record.
   */
  xsd?: boolean | 'auto';
  /**
   * Check records against their schemas, and with the rules that look at one record alone, in a
   * second thread while this one does the rest (the findings are the same). `auto` (the default)
   * does it for files from 16 MB on a machine with more than one core.
   */
  parallel?: boolean | 'auto';
  /** @internal For tests: where the record worker is, and whether to wait for it (default: beside the package, never). */
  recordWorker?: RecordWorkerOptions;
  /** @internal For tests: counts the records the worker checked. */
  parallelStats?: { checkedElsewhere: number };
  /**
   * Bytes of memory for the facts behind the checks across records (duplicate identifiers,
   * references, time order), decided at the end of the input; beyond, they go to temporary
   * files (default 16 MB). A batch of thousands of records stays in memory.
   */
  factMemory?: number;
  /** Where those temporary files go (default: the system's temporary directory); they are removed at the end. */
  tempDir?: string;
}

const factsOptions = (opts: ValidateOptions) => ({ budget: opts.factMemory, tempDir: opts.tempDir });

/**
 * Validates files together (FSJC-VAL-001..005): each is one batch; references between records
 * are resolved across all of them. Files are streamed, never loaded whole.
 */
export async function validateFiles(files: readonly string[], opts: ValidateOptions = {}): Promise<ValidationReport> {
  const collector = new IssueCollector(opts.maxExamples ?? 5, opts.onIssue);
  const validator = new Validator(collector, factsOptions(opts));
  try {
    for (const file of files) {
      let size = 0;
      let format: BatchFormat | undefined;
      try {
        size = (await fs.promises.stat(file)).size;
        format = opts.format ?? (await detectFileFormat(file));
      } catch (e) {
        validator.begin(file);
        validator.accept({ kind: 'issue', issue: newIssue('parse.unknownFormat', { message: (e as Error).message }, {}) });
        validator.accept({ kind: 'end', bytes: 0, records: 0 });
        continue;
      }
      await run(validator, file, format, fileChunks(file), size, opts);
    }
    validator.finish();
  } finally {
    validator.dispose();
  }
  return collector.report();
}

/** Validates one batch held in memory (bytes, text, or an already parsed object). */
export async function validateBatch(input: Uint8Array | string | object, opts: ValidateOptions & { name?: string } = {}): Promise<ValidationReport> {
  const collector = new IssueCollector(opts.maxExamples ?? 5, opts.onIssue);
  const validator = new Validator(collector, factsOptions(opts));
  const name = opts.name ?? '(batch)';
  try {
    if (typeof input === 'object' && !(input instanceof Uint8Array)) {
      validator.begin(name, 'json');
      for (const item of itemsOf(input as Record<string, unknown>)) validator.accept(item);
    } else {
      const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
      const format = opts.format ?? detectFormat(opts.name, bytes.subarray(0, 65536));
      await run(validator, name, format, bytesChunks(bytes), bytes.length, opts);
    }
    validator.finish();
  } finally {
    validator.dispose();
  }
  return collector.report();
}

/** A batch read and validated in one pass: its header and records as values, and every finding. */
export interface ReadBatch {
  format: BatchFormat | undefined;
  header: Record<string, unknown> | undefined;
  /** The records in batch order (index = position in the batch). */
  records: unknown[];
  issues: Issue[];
}

/**
 * Reads and validates one batch held in memory in a single pass (the receiving centre's ingest):
 * the values come back beside the findings, so the caller need not parse twice. XML is not
 * checked against the XSD here; the mapping and the schema already check all it does.
 */
export async function readAndValidateBatch(bytes: Uint8Array, opts: { format?: BatchFormat; name?: string } = {}): Promise<ReadBatch> {
  const issues: Issue[] = [];
  const collector = new IssueCollector(0, (i) => issues.push(i));
  const validator = new Validator(collector);
  const name = opts.name ?? '(batch)';
  const format = opts.format ?? detectFormat(opts.name, bytes.subarray(0, 65536));
  const records: unknown[] = [];
  let header: Record<string, unknown> | undefined;
  validator.begin(name, format);
  try {
    if (!format) {
      validator.accept({ kind: 'issue', issue: newIssue('parse.unknownFormat', { message: 'not JSON, NDJSON or XML' }, {}) });
      validator.accept({ kind: 'end', bytes: bytes.length, records: 0 });
    } else {
      for await (const run of await readBatchChunks(format, bytesChunks(bytes))) for (const item of run) {
        if (item.kind === 'record') records[item.index] = item.value;
        else if (item.kind === 'header' && item.value && typeof item.value === 'object') header = item.value as Record<string, unknown>;
        validator.accept(item);
      }
    }
    validator.finish();
  } finally {
    validator.dispose();
  }
  return { format, header, records, issues };
}

function* itemsOf(batch: Record<string, unknown>): Generator<BatchItem> {
  if (batch.header !== undefined) yield { kind: 'header', value: batch.header, position: {}, recordsBefore: 0 };
  const records = Array.isArray(batch.records) ? batch.records : [];
  for (let index = 0; index < records.length; index++) yield { kind: 'record', value: records[index], index, position: {} };
  yield { kind: 'end', bytes: 0, records: records.length };
}

async function run(validator: Validator, file: string, format: BatchFormat | undefined, source: AsyncIterable<Uint8Array>, size: number, opts: ValidateOptions) {
  validator.begin(file, format);
  if (!format) {
    validator.accept({ kind: 'issue', issue: newIssue('parse.unknownFormat', { message: 'not JSON, NDJSON or XML' }, {}) });
    validator.accept({ kind: 'end', bytes: size, records: 0 });
    return;
  }
  const progress = opts.onProgress;
  const wantXsd = opts.xsd === true || ((opts.xsd ?? 'auto') === 'auto' && size <= XSD_AUTO_LIMIT);
  const xsd = format === 'xml' && wantXsd ? await xsdChecker() : undefined;
  // the worker reads the input again (for XML most of its work), and still saves this thread time
  const parallel = opts.parallel === true || ((opts.parallel ?? 'auto') === 'auto' && size >= PARALLEL_AUTO_LIMIT && os.availableParallelism() > 1);
  const oracle = parallel ? RecordOracle.start(format, opts.recordWorker) : undefined;
  try {
    const stats = opts.parallelStats;
    validator.checkedElsewhere = oracle && (stats
      ? (index, headerValid) => { const v = oracle.verdict(index, headerValid); if (v) stats.checkedElsewhere++; return v; }
      : (index, headerValid) => oracle.verdict(index, headerValid));
    const items = await readBatchChunks(format, oracle ? oracle.feed(source) : source, { onProgress: progress ? (b) => progress(file, b, size) : undefined, raw: !!xsd });
    await validateItems(validator, file, items, xsd, opts);
  } finally {
    validator.checkedElsewhere = undefined;
    await oracle?.close();
  }
  progress?.(file, size, size);
}

async function validateItems(validator: Validator, file: string, items: AsyncIterable<BatchItem[]>, xsd: Awaited<ReturnType<typeof xsdChecker>> | undefined, opts: ValidateOptions) {
  let xsdOn = !!xsd;
  for await (const run of items) for (const item of run) {
    // a batch in another namespace is another version: the XSD of this one has nothing to say
    if (item.kind === 'issue' && item.issue.code === 'xml.namespace') xsdOn = false;
    const blocking = validator.accept(item);
    if (item.kind === 'record') opts.onRecord?.(file, item.index, item.value);
    else if (item.kind === 'header') opts.onHeader?.(file, item.value);
    // the XSD is a second opinion: it speaks only where every other check found nothing
    if (xsdOn && item.kind === 'record' && item.raw && blocking === 0) {
      const issues = xsd!.validateRecordElement(item.raw, (item.position.line ?? 1) - 1);
      for (const issue of issues) validator.collector.add({ ...issue, file, recordIndex: item.index, pointer: `/records/${item.index}` });
    }
  }
}

/** Smallest file whose records are checked in a second thread when the caller leaves it to the validator. */
export const PARALLEL_AUTO_LIMIT = 16 << 20;

/** Largest XML file checked against the XSD when the caller leaves it to the validator. */
export const XSD_AUTO_LIMIT = 16 << 20;

let xsdPromise: Promise<{ validateRecordElement(bytes: Uint8Array, lineOffset: number): Issue[] }> | undefined;
async function xsdChecker() {
  xsdPromise ??= (async () => {
    const [{ createXsdValidator }, { XSD }] = await Promise.all([import('../xml/xsd.js'), import('../generated/xsd.js')]);
    return createXsdValidator(XSD);
  })();
  return xsdPromise;
}

/** The batch files named, with directories searched recursively for .json, .ndjson, .jsonl and .xml files (sidecar .expect.json files left out), in a stable order. */
export function listInputFiles(args: readonly string[]): string[] {
  const out: string[] = [];
  for (const arg of args) {
    const st = fs.statSync(arg, { throwIfNoEntry: false });
    if (st?.isDirectory()) {
      const walk = (dir: string) => {
        for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
          const p = path.join(dir, entry.name);
          if (entry.isDirectory()) walk(p);
          else if (/\.(json|ndjson|jsonl|xml)$/i.test(entry.name) && !/\.expect\.json$/i.test(entry.name)) out.push(p);
        }
      };
      walk(arg);
    } else out.push(arg);
  }
  return out;
}
