import fs from 'node:fs';
import path from 'node:path';
import { detectFileFormat, readBatchChunks } from '../formats/read.js';
import { fileChunks } from '../formats/source.js';
import type { BatchFormat } from '../formats/types.js';
import type { Issue } from '../validation/issue.js';

export type XmlEncoding = 'UTF-8' | 'GB18030' | 'GBK';

export interface ConvertOptions {
  /** Output file; the result is written to a temporary file beside it and renamed at the end. */
  output: string;
  to: BatchFormat;
  /** Encoding of XML output (FSJC-XML-007). */
  encoding?: XmlEncoding;
  onProgress?: (bytesRead: number, totalBytes: number) => void;
}

export interface ConvertResult {
  records: number;
  /** Findings that stopped the conversion (malformed input, XML that does not map). */
  issues: Issue[];
}

/**
 * Converts a batch between JSON, NDJSON and XML as a stream, by the one mapping of the standard
 * (FSJC-XML-002..009): records are read, mapped and written one at a time, so files of any size
 * convert with flat memory. Nothing is written when the input cannot be read completely: the
 * output appears only after the last record was converted.
 */
export async function convertFile(input: string, opts: ConvertOptions): Promise<ConvertResult> {
  const from = await detectFileFormat(input);
  if (!from) throw new Error(`${input}: not JSON, NDJSON or XML`);
  const total = fs.statSync(input).size;
  const items = await readBatchChunks(from, fileChunks(input), { onProgress: opts.onProgress ? (b: number) => opts.onProgress!(b, total) : undefined });
  const xml = opts.to === 'xml' ? await import('../xml/mapping.js') : undefined;
  const gb = opts.to === 'xml' && opts.encoding && opts.encoding !== 'UTF-8' ? opts.encoding : undefined;
  const encodeGb = gb ? (await import('../xml/gb18030.js')).encodeGb : undefined;
  const encode = (s: string): Uint8Array => (encodeGb ? encodeGb(s, gb as 'GB18030' | 'GBK') : Buffer.from(s, 'utf8'));

  // records go to a body file; the header, which may come last in the input, is put in front at the end
  const dir = path.dirname(path.resolve(opts.output));
  const body = path.join(dir, `.${path.basename(opts.output)}.${process.pid}.body`);
  const out = fs.openSync(body, 'w');
  let pending = '';
  const write = (s: string, force = false) => {
    pending += s;
    if (pending.length > 1 << 20 || (force && pending.length)) {
      fs.writeSync(out, encode(pending));
      pending = '';
    }
  };
  let header: unknown;
  let records = 0;
  const issues: Issue[] = [];
  try {
    for await (const run of items) {
      for (const item of run) {
        if (item.kind === 'issue') {
          if (item.issue.severity === 'critical') issues.push(item.issue);
        } else if (item.kind === 'header') header = item.value;
        else if (item.kind === 'record') {
          if (xml) write(xml.recordToXml(item.value, { namespace: false, pretty: true }).replace(/^/gm, '    ') + '\n');
          else write((opts.to === 'json' && records > 0 ? ',\n' : '') + JSON.stringify(item.value) + (opts.to === 'ndjson' ? '\n' : ''));
          records++;
        }
      }
      if (issues.length) break;
    }
    if (!issues.length) write('', true);
  } finally {
    fs.closeSync(out);
  }
  if (issues.length) {
    fs.rmSync(body, { force: true });
    return { records, issues };
  }
  let prefix = '';
  let suffix = '';
  if (opts.to === 'json') {
    prefix = header === undefined ? '{"records":[\n' : `{"header":${JSON.stringify(header)},"records":[\n`;
    suffix = '\n]}\n';
  } else if (opts.to === 'ndjson') {
    prefix = header === undefined ? '' : JSON.stringify({ header }) + '\n';
  } else {
    const doc = xml!.batchToXml(header === undefined ? { records: [] } : { header, records: [] }, { pretty: true });
    // the mapping's own document, with the records element opened instead of empty
    prefix = doc.slice(0, doc.indexOf('<records/>')).replace('encoding="UTF-8"', `encoding="${opts.encoding ?? 'UTF-8'}"`) + '<records>\n';
    suffix = '  </records>\n</batch>\n';
  }
  const tmp = path.join(dir, `.${path.basename(opts.output)}.${process.pid}.tmp`);
  const w = fs.openSync(tmp, 'w');
  try {
    fs.writeSync(w, encode(prefix));
    const r = fs.openSync(body, 'r');
    const buf = Buffer.alloc(1 << 20);
    for (let k = fs.readSync(r, buf); k > 0; k = fs.readSync(r, buf)) fs.writeSync(w, buf, 0, k);
    fs.closeSync(r);
    fs.writeSync(w, encode(suffix));
  } finally {
    fs.closeSync(w);
    fs.rmSync(body, { force: true });
  }
  fs.renameSync(tmp, opts.output);
  return { records, issues };
}
