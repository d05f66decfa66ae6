/**
 * The batches the kit sends: the public test cases (examples/) re-enveloped for the kit's sending
 * system, and batches of its own made from them, each with identifiers unique to the batch so that
 * a run never collides with an earlier one on the same centre.
 */
import fs from 'node:fs';
import path from 'node:path';
import { batchToXml, createBatch, xmlToBatch, type Batch, type FsjcRecord } from '@fsjc/sdk';
import { KitProblem, type Sender, type ServerContext } from './context.js';

export type Form = 'json' | 'ndjson' | 'xml';
export const MEDIA_TYPES: Record<Form, string> = { json: 'application/json', ndjson: 'application/x-ndjson', xml: 'application/xml' };

const FORMS: Record<string, Form> = { '.json': 'json', '.ndjson': 'ndjson', '.xml': 'xml' };

/** Record types a sending system does not report for its district: the registry (which the centre holds) and the centre's own outputs. */
const NOT_DISTRICT_DATA = new Set(['unit', 'post', 'contact', 'item', 'signal', 'score']);

export interface ValidExample {
  /** The file's name under examples/ (valid/… or xml/…), as the report names it. */
  name: string;
  form: Form;
  /** For XML, the encoding the file declares, kept when it is sent again. */
  encoding: 'UTF-8' | 'GB18030';
  batch: Batch;
}

export interface InvalidCase {
  /** The code the case demonstrates, from its file name. */
  name: string;
  form: Form;
  bytes: Buffer;
  expect: { code: string; severity: string };
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** A file's text when it is valid UTF-8, otherwise undefined (such bytes are sent as they are). */
function utf8(bytes: Uint8Array): string | undefined {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return undefined;
  }
}

function listDir(ctx: ServerContext, sub: string): string[] {
  const dir = path.join(ctx.examples, sub);
  if (!fs.existsSync(dir)) throw new KitProblem({ code: 'server.noExamples', params: { folder: `examples/${sub}` } });
  return fs.readdirSync(dir).sort();
}

function readBatch(bytes: Buffer, form: Form): { batch: Batch; encoding: 'UTF-8' | 'GB18030' } | undefined {
  const declared = /^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(bytes.subarray(0, 200).toString('latin1'))?.[1].toUpperCase();
  const encoding = form === 'xml' && (declared === 'GB18030' || declared === 'GBK') ? 'GB18030' : 'UTF-8';
  const text = encoding === 'GB18030' ? new TextDecoder('gb18030').decode(bytes) : utf8(bytes);
  if (text === undefined) return undefined;
  let batch: Partial<Batch>;
  if (form === 'json') batch = JSON.parse(text) as Batch;
  else if (form === 'ndjson') {
    const [first, ...rest] = text.split('\n').filter((l) => l.trim());
    batch = { header: (JSON.parse(first) as { header: Batch['header'] }).header, records: rest.map((l) => JSON.parse(l) as FsjcRecord) };
  } else batch = xmlToBatch(text).batch as Batch;
  return batch.header && batch.records ? { batch: batch as Batch, encoding } : undefined;
}

/**
 * The valid public examples a sending system of the kit's division reports: those of its division
 * holding case data (not the registry, not the centre's signals and scores), in every form.
 */
export function validExamples(ctx: ServerContext): ValidExample[] {
  const found: ValidExample[] = [];
  for (const sub of ['valid', 'xml']) {
    for (const file of listDir(ctx, sub)) {
      const form = FORMS[path.extname(file)];
      if (!form) continue;
      const read = readBatch(fs.readFileSync(path.join(ctx.examples, sub, file)), form);
      if (!read || read.batch.header.regionCode !== ctx.sender.regionCode) continue;
      if (read.batch.records.some((r) => NOT_DISTRICT_DATA.has(r.recordType))) continue;
      found.push({ name: `${sub}/${file}`, form, encoding: read.encoding, batch: read.batch });
    }
  }
  if (!found.length) throw new KitProblem({ code: 'server.noExamplesForDivision', params: { region: ctx.sender.regionCode } });
  return found;
}

/** The invalid public cases whose expected finding has this severity, with the bytes of each. */
export function invalidCases(ctx: ServerContext, severity: string): InvalidCase[] {
  const files = listDir(ctx, 'invalid');
  const cases: InvalidCase[] = [];
  for (const file of files.filter((f) => f.endsWith('.expect.json'))) {
    const name = file.slice(0, -'.expect.json'.length);
    const expect = JSON.parse(fs.readFileSync(path.join(ctx.examples, 'invalid', file), 'utf8')) as InvalidCase['expect'];
    if (expect.severity !== severity) continue;
    const data = files.find((f) => f !== file && f.startsWith(`${name}.`) && FORMS[path.extname(f)]);
    if (!data) throw new KitProblem({ code: 'server.caseFileMissing', params: { case: name } });
    cases.push({ name, form: FORMS[path.extname(data)], bytes: fs.readFileSync(path.join(ctx.examples, 'invalid', data)), expect });
  }
  if (!cases.length) throw new KitProblem({ code: 'server.noExamples', params: { folder: 'examples/invalid' } });
  return cases;
}

/**
 * A case's header made the kit's (sending system, unit, division, sequence number, idempotency key),
 * everything else as it was, so that the fault it shows is the one the centre sees. Bytes that are not
 * UTF-8 or hold no readable header are sent as they are: reading them is the fault.
 */
export function reEnvelopeCase(c: InvalidCase, sender: Sender, sequenceNumber: number, idempotencyKey: string): Buffer | undefined {
  const text = utf8(c.bytes);
  if (text === undefined) return undefined;
  const fields: Record<string, string | number> = { ...sender, sequenceNumber, idempotencyKey };
  const onHeader = (h: unknown) => {
    if (!h || typeof h !== 'object' || Array.isArray(h)) return false;
    Object.assign(h, fields);
    return true;
  };
  try {
    if (c.form === 'json') {
      const doc = JSON.parse(text) as { header?: unknown };
      return doc && typeof doc === 'object' && onHeader(doc.header) ? Buffer.from(JSON.stringify(doc, null, 2) + '\n', 'utf8') : undefined;
    }
    if (c.form === 'ndjson') {
      const lines = text.split('\n');
      const first = JSON.parse(lines[0]) as { header?: unknown };
      if (!onHeader(first.header)) return undefined;
      lines[0] = JSON.stringify(first);
      return Buffer.from(lines.join('\n'), 'utf8');
    }
  } catch {
    return undefined;
  }
  // XML: the header's elements rewritten in place, so the lines of the fault stay where they were
  const header = /<header>[\s\S]*?<\/header>/.exec(text);
  if (!header || !/<senderSystemId>/.test(header[0])) return undefined;
  let h = header[0];
  for (const [name, value] of Object.entries(fields)) {
    const element = new RegExp(`<${name}>[^<]*</${name}>`);
    if (element.test(h)) h = h.replace(element, `<${name}>${value}</${name}>`);
    else if (name === 'idempotencyKey') h = h.replace(/(<\/sequenceNumber>)/, `$1<idempotencyKey>${value}</idempotencyKey>`);
  }
  return Buffer.from(text.slice(0, header.index) + h + text.slice(header.index + header[0].length), 'utf8');
}

/** The kit's idempotency key for a sequence number (and a variant, for a second batch under the same number). */
export const kitKey = (sender: Sender, sequenceNumber: number, variant = ''): string => `${sender.senderSystemId}-KIT-${sequenceNumber}${variant}`;

/**
 * The records with identifiers of their own: every record's ID, and every reference to it within
 * the batch, gets the tag; case numbers too. References to the registry (units, posts, contacts,
 * items) and to records outside the batch are left alone.
 */
export function freshRecords(records: readonly FsjcRecord[], tag: string): FsjcRecord[] {
  const renamed = new Map<string, string>();
  for (const r of records) if (typeof r.id === 'string' && r.id.length + tag.length < 128) renamed.set(r.id, `${r.id}-${tag}`);
  const walk = (v: unknown): unknown => typeof v === 'string' ? renamed.get(v) ?? v
    : Array.isArray(v) ? v.map(walk)
    : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]))
    : v;
  return records.map((r) => {
    const out = walk(r) as FsjcRecord & { caseNumber?: string };
    if (out.recordType === 'case' && typeof out.caseNumber === 'string' && out.caseNumber.length + tag.length < 64) out.caseNumber = `${out.caseNumber}-${tag}`;
    return out;
  });
}

/** A tag unique to a batch of the kit's: its sequence number in base 36. */
export const tagOf = (sequenceNumber: number): string => `K${sequenceNumber.toString(36).toUpperCase()}`;

export interface KitBatch {
  batch: Batch;
  sequenceNumber: number;
  idempotencyKey: string;
}

/**
 * A batch of the kit's own under its header (or another sender's), with a new sequence number and
 * the kit's idempotency key: the records given, or an example's with identifiers fresh to the batch
 * (by default the protocol example's). A variant makes a second, different batch under one number.
 */
export function kitBatch(ctx: ServerContext, options: { example?: ValidExample; records?: FsjcRecord[]; sender?: Sender; sequenceNumber?: number; variant?: string } = {}): KitBatch {
  const example = options.example ?? protocolExample(ctx);
  const sender = options.sender ?? ctx.sender;
  const sequenceNumber = options.sequenceNumber ?? ctx.nextSequence();
  const variant = options.variant ?? '';
  const idempotencyKey = kitKey(sender, sequenceNumber, variant);
  const records = options.records ?? freshRecords(example.batch.records, tagOf(sequenceNumber) + variant);
  const { header } = example.batch;
  const batch = createBatch({ ...sender, ...(header.profile ? { profile: header.profile } : {}) }, { sequenceNumber, sentAt: header.sentAt, idempotencyKey }, records);
  return { batch, sequenceNumber, idempotencyKey };
}

/** The example the protocol tests make their batches of: the first JSON one of the division. */
export function protocolExample(ctx: ServerContext): ValidExample {
  const cached = ctx.shared.get('protocolExample') as ValidExample | undefined;
  if (cached) return cached;
  const example = validExamples(ctx).find((e) => e.form === 'json');
  if (!example) throw new KitProblem({ code: 'server.noExamplesForDivision', params: { region: ctx.sender.regionCode } });
  ctx.shared.set('protocolExample', example);
  return example;
}

/** A batch's bytes in one of the three forms (XML in the encoding asked for). */
export function serialise(batch: Batch, form: Form, encoding: 'UTF-8' | 'GB18030' = 'UTF-8'): Buffer {
  if (form === 'json') return Buffer.from(JSON.stringify(batch), 'utf8');
  if (form === 'ndjson') return Buffer.from([JSON.stringify({ header: batch.header }), ...batch.records.map((r) => JSON.stringify(r))].join('\n') + '\n', 'utf8');
  return Buffer.from(batchToXml(batch, { encoding }));
}
