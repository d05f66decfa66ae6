import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  batchChecksum, batchToXml, canonicalJson, escapeHtml, codeInfo, codeList, codeListNames, codeTitle, convertFile, detectFileFormat, detectFormat, fileChunks,
  findCode, formatMessage, isBlocking, issueMessage, listInputFiles, profile, profileNames, readJsonBatch, readNdjsonBatch, readRecordsFromFile,
  readXmlBatch, recordDigest, recordToXml, renderJson, renderJunit, renderText, validateBatch, validateFiles, xmlToBatch, readAndValidateBatch, readRecords, fillTemplate, type Issue,
} from '@fsjc/sdk';
import { example, sample, sampleBatch } from './example.js';

const FILE = sample('04-promised-food-business-licence.json');
async function* bytes(text: string) { yield Buffer.from(text, 'utf8'); }
const unknownField: Issue = { code: 'schema.unknownField', severity: 'critical', requirement: 'FSJC-DATA-002', params: { field: 'colour' }, record: 1 } as Issue;

example('escapeHtml', () => assert.equal(escapeHtml('<b>"南海" & \'顺德\'</b>'), '&lt;b&gt;&quot;南海&quot; &amp; &#39;顺德&#39;&lt;/b&gt;'));
example('codeList', () => assert.ok(codeList('caseType')!.codes.some((c) => c.code === 'PROMISED')));
example('codeListNames', () => assert.ok(codeListNames().includes('eventType')));
example('findCode', () => assert.equal(findCode('caseType', 'IMMEDIATE')?.title_zh, '即办件'));
example('codeTitle', () => {
  assert.equal(codeTitle('signalLevel', 'YELLOW_CARD'), '黄牌');
  assert.equal(codeTitle('signalLevel', 'YELLOW_CARD', 'en'), 'Yellow card');
});
example('profile', () => assert.deepEqual(profile('foshan').districts, ['440604', '440605', '440606', '440607', '440608']));
example('profileNames', () => assert.deepEqual(profileNames().sort(), ['foshan', 'maoming', 'xinyu']));

example('canonicalJson', () => assert.equal(canonicalJson({ b: 1, a: [true, '佛山'] }), '{"a":[true,"佛山"],"b":1}'));
example('recordDigest', () => {
  // the same record with its keys in another order has the same digest
  assert.deepEqual(recordDigest({ id: 'A', n: 1 }), recordDigest({ n: 1, id: 'A' }));
  assert.equal(recordDigest({ id: 'A' }, 'SHA-256').length, 32);
});
example('batchChecksum', () => {
  const batch = sampleBatch();
  assert.equal(batchChecksum(batch.records, 'SM3'), batch.header.checksum.value);
});

example('codeInfo', () => assert.deepEqual(codeInfo('schema.unknownField'), { severity: 'critical', requirement: 'FSJC-DATA-002' }));
example('isBlocking', () => {
  assert.equal(isBlocking('error'), true);
  assert.equal(isBlocking('warning'), false);
});
example('formatMessage', () => assert.match(formatMessage('schema.unknownField', { field: 'colour' }, 'en'), /colour/));
example('issueMessage', () => assert.match(issueMessage(unknownField, 'zh'), /colour/));
example('readAndValidateBatch', async () => {
  // one pass: the values and the findings together, as a receiving centre takes a batch in
  const bytes = Buffer.from(JSON.stringify(sampleBatch()));
  const read = await readAndValidateBatch(bytes, { format: 'json' });
  assert.equal(read.records.length, sampleBatch().records.length);
  assert.equal(read.issues.filter((i) => i.severity === 'error' || i.severity === 'critical').length, 0);
});
example('readRecords', async () => {
  // read back without validating: what a centre does with batches it validated on arrival
  const { header, records } = await readRecords(Buffer.from(JSON.stringify(sampleBatch())), 'json');
  assert.equal(header?.senderSystemId, sampleBatch().header.senderSystemId);
  assert.equal(records.length, sampleBatch().records.length);
});
example('fillTemplate', () => assert.equal(fillTemplate('{unit} 超期 {days} 个工作日', { unit: '南海区市场监管局', days: 2 }), '南海区市场监管局 超期 2 个工作日'));
example('validateBatch', async () => {
  const report = await validateBatch(sampleBatch());
  assert.equal(report.valid, true);
  const broken = sampleBatch();
  broken.records[0].colour = 'red';
  assert.equal((await validateBatch(broken)).valid, false);
});
example('validateFiles', async () => {
  const report = await validateFiles([FILE]);
  assert.equal(report.files[0].records, 10);
});
example('listInputFiles', () => {
  const files = listInputFiles([path.dirname(FILE)]);
  assert.ok(files.includes(FILE));
});
example('renderText', async () => assert.match(renderText(await validateFiles([FILE]), 'en'), /valid/));
example('renderJson', async () => assert.equal(JSON.parse(renderJson(await validateFiles([FILE]))).valid, true));
example('renderJunit', async () => assert.match(renderJunit(await validateFiles([FILE])), /^<\?xml[\s\S]*<testsuites/));

example('detectFormat', () => {
  assert.equal(detectFormat('x.ndjson', Buffer.from('{"header":{}}\n')), 'ndjson');
  assert.equal(detectFormat(undefined, Buffer.from('<?xml version="1.0"?><batch/>')), 'xml');
});
example('detectFileFormat', async () => assert.equal(await detectFileFormat(FILE), 'json'));
example('fileChunks', async () => {
  let n = 0;
  for await (const chunk of fileChunks(FILE, 1024)) n += chunk.length;
  assert.equal(n, fs.statSync(FILE).size);
});
example('readJsonBatch', async () => {
  const kinds: string[] = [];
  for await (const item of readJsonBatch(bytes(fs.readFileSync(FILE, 'utf8')))) kinds.push(item.kind);
  assert.equal(kinds.filter((k) => k === 'record').length, 10);
});
example('readNdjsonBatch', async () => {
  const b = sampleBatch();
  const text = [JSON.stringify({ header: b.header }), ...b.records.map((r: unknown) => JSON.stringify(r))].join('\n');
  let records = 0;
  for await (const item of readNdjsonBatch(bytes(text))) if (item.kind === 'record') records++;
  assert.equal(records, 10);
});
example('readXmlBatch', async () => {
  let records = 0;
  for await (const item of readXmlBatch(bytes(batchToXml(sampleBatch())))) if (item.kind === 'record') records++;
  assert.equal(records, 10);
});
example('readRecordsFromFile', async () => {
  const { header, records, issues } = await readRecordsFromFile(FILE);
  assert.equal(header?.senderSystemId, 'NH-XZSP');
  assert.equal(records.length, 10);
  assert.deepEqual(issues, []);
});
example('batchToXml', () => assert.match(batchToXml(sampleBatch()), /<batch xmlns="https:\/\/fsjc\.org\.cn\/ns\/v1"/));
example('xmlToBatch', () => {
  const batch = sampleBatch();
  const { batch: back, issues } = xmlToBatch(batchToXml(batch));
  assert.deepEqual(issues, []);
  assert.deepEqual(back, batch);
});
example('recordToXml', () => assert.match(recordToXml(sampleBatch().records[0]), /^<case[\s>]/));
example('convertFile', async () => {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'fsjc-example-')), 'batch.xml');
  const result = await convertFile(FILE, { output: out, to: 'xml' });
  assert.equal(result.records, 10);
  assert.match(fs.readFileSync(out, 'utf8'), /<event>/);
});
