import fs from 'node:fs';
import { detectFormat } from './detect.js';
import { readJsonChunks } from './json-reader.js';
import { readNdjsonChunks } from './ndjson-reader.js';
import type { BatchFormat, BatchItem, ReadOptions } from './types.js';
import type { Issue } from '../validation/issue.js';
import { bytesChunks, fileChunks } from './source.js';

/** The serialisation of a file, from its name and its first 64 KB. */
export async function detectFileFormat(path: string): Promise<BatchFormat | undefined> {
  const fd = await fs.promises.open(path, 'r');
  try {
    const buf = Buffer.alloc(65536);
    const { bytesRead } = await fd.read(buf, 0, buf.length, 0);
    return detectFormat(path, buf.subarray(0, bytesRead));
  } finally {
    await fd.close();
  }
}

/**
 * The items of a batch in any serialisation, in runs (one per piece of input). XML is loaded on
 * demand: its XSD support brings in WebAssembly. `raw` asks XML readers for each record's bytes.
 */
export async function readBatchChunks(format: BatchFormat, source: AsyncIterable<Uint8Array>, opts: ReadOptions & { raw?: boolean } = {}): Promise<AsyncIterable<BatchItem[]>> {
  if (format === 'json') return readJsonChunks(source, opts);
  if (format === 'ndjson') return readNdjsonChunks(source, opts);
  const { readXmlChunks } = await import('./xml-reader.js');
  return readXmlChunks(source, { ...opts, raw: opts.raw ?? false });
}

/**
 * All records of a batch file, in memory: for tools that need a few cases at once (e.g. `fsjc clock
 * case`), not for validating large files. Reader findings (malformed input) are returned beside them.
 */
export async function readRecordsFromFile(path: string): Promise<{ header?: Record<string, unknown>; records: unknown[]; issues: Issue[] }> {
  const format = await detectFileFormat(path);
  if (!format) throw new Error(`${path}: not JSON, NDJSON or XML`);
  return collect(format, fileChunks(path));
}

/**
 * All records of a batch held in memory, read without validation: for a receiving centre reading
 * back batches it validated when they arrived. Reader findings (malformed input) come beside them.
 */
export function readRecords(bytes: Uint8Array, format: BatchFormat): Promise<{ header?: Record<string, unknown>; records: unknown[]; issues: Issue[] }> {
  return collect(format, bytesChunks(bytes));
}

async function collect(format: BatchFormat, source: AsyncIterable<Uint8Array>) {
  const records: unknown[] = [];
  const issues: Issue[] = [];
  let header: Record<string, unknown> | undefined;
  for await (const run of await readBatchChunks(format, source)) {
    for (const item of run) {
      if (item.kind === 'header') header = item.value as Record<string, unknown>;
      else if (item.kind === 'record') records[item.index] = item.value;
      else if (item.kind === 'issue') issues.push(item.issue);
    }
  }
  return { ...(header ? { header } : {}), records, issues };
}
