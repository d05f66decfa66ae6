import fs from 'node:fs';
import path from 'node:path';
import { issueMessage, listInputFiles, readRecordsFromFile, type BatchLike } from '@fsjc/sdk';
import { fail } from './exit.js';

/**
 * The batches of the files and directories given, for tools that look at records together
 * (evaluate, clock case). A file a reader cannot read whole is a usage error that points to
 * `fsjc validate`: these tools never guess around broken input.
 */
export async function readBatches(inputs: string[], lang: 'zh' | 'en'): Promise<BatchLike[]> {
  let files: string[];
  try {
    files = listInputFiles(inputs);
  } catch (e) {
    return fail((e as Error).message);
  }
  if (!files.length) fail(`no JSON, NDJSON or XML files in ${inputs.join(' ')}`);
  const out: BatchLike[] = [];
  for (const file of files) {
    if (!fs.existsSync(file)) fail(`cannot read file: ${file}`);
    let read;
    try {
      read = await readRecordsFromFile(file);
    } catch (e) {
      return fail(`cannot read ${file}: ${(e as Error).message}`);
    }
    const blocking = read.issues.filter((i) => i.severity === 'critical' || i.severity === 'error');
    if (blocking.length) fail(`${path.relative(process.cwd(), file) || file}: ${issueMessage(blocking[0], lang)} — run fsjc validate ${file}`);
    out.push({ header: read.header as BatchLike['header'], records: read.records });
  }
  return out;
}
