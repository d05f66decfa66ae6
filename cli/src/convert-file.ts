import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { convertFile as convert, issueMessage, type BatchFormat, type XmlEncoding } from '@fsjc/sdk';
import { Progress } from './progress.js';
import { fail } from './exit.js';

/** `fsjc convert`: converts to a file, or to stdout through a temporary file. */
export async function convertFile(file: string, to: BatchFormat, opts: { output?: string; encoding?: string; lang?: 'zh' | 'en' }): Promise<void> {
  if (!fs.existsSync(file)) fail(`cannot read file: ${file}`);
  const encoding = (opts.encoding ?? 'UTF-8').toUpperCase() as XmlEncoding;
  if (!['UTF-8', 'GB18030', 'GBK'].includes(encoding)) fail(`unknown --encoding ${opts.encoding} (UTF-8, GB18030, GBK)`);
  if (to !== 'xml' && encoding !== 'UTF-8') fail('JSON and NDJSON are always UTF-8 (FSJC-ENV-009)');
  const output = opts.output ?? path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'fsjc-convert-')), `out.${to}`);
  const progress = new Progress(process.stderr.isTTY === true);
  let result;
  try {
    result = await convert(file, { output, to, encoding, onProgress: (done: number, total: number) => progress.update(file, done, total) });
  } catch (e) {
    fail((e as Error).message);
  } finally {
    progress.done();
  }
  if (result.issues.length) {
    for (const i of result.issues) process.stderr.write(`${file}${i.line !== undefined ? `:${i.line}` : ''}: [${i.code}] ${issueMessage(i, opts.lang ?? 'zh')}\n`);
    process.exitCode = 1;
    return;
  }
  if (!opts.output) {
    process.stdout.write(fs.readFileSync(output));
    fs.rmSync(path.dirname(output), { recursive: true, force: true });
  } else process.stderr.write(`${result.records} records → ${opts.output}\n`);
}
