import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {
  batchChecksum, checkReceipt, createBatch, generateCentreKey, readSpool, sendBatch, signCanonical, signReceipt, sm2KeyId, Uploader, verifyCanonical, verifyReceipt,
  type Batch, type CentreKey, type FsjcRecord, type Receipt,
} from '@fsjc/sdk';
import { example, sampleBatch } from './example.js';

const records = sampleBatch().records as FsjcRecord[];
const sender = { senderSystemId: 'NH-XZSP', senderUnitId: 'U440605-XZFW', regionCode: '440605', profile: 'foshan' };
const unsigned: Omit<Receipt, 'signature'> = {
  receiptId: 'RC-1', centreId: 'FS-JC-CENTRE', logSeq: 1, logHash: 'a'.repeat(64), prevHash: '0'.repeat(64), receivedAt: '2026-10-20T18:00:05+08:00',
  senderSystemId: 'NH-XZSP', senderUnitId: 'U440605-XZFW', sequenceNumber: 1, idempotencyKey: 'NH-XZSP-1-0a1b2c3d', bodyDigest: 'c'.repeat(64),
  checksum: batchChecksum(records), recordCount: records.length, acceptedCount: records.length, rejected: [], status: 'ACCEPTED',
};

/** A centre on localhost for the examples: commits each batch once and answers with a signed receipt (a resend gets 200 and the same receipt). */
async function localCentre(key: CentreKey): Promise<{ url: string; close: () => Promise<void> }> {
  const receipts = new Map<string, Receipt>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const { header: h, records: rs } = JSON.parse(body.toString('utf8')) as Batch;
      const known = receipts.get(h.idempotencyKey!);
      const receipt = known ?? signReceipt({
        receiptId: `RC-${receipts.size + 1}`, centreId: 'FS-JC-CENTRE', logSeq: receipts.size + 1, logHash: 'a'.repeat(64), prevHash: '0'.repeat(64),
        receivedAt: '2026-10-20T18:00:05+08:00', senderSystemId: h.senderSystemId, senderUnitId: h.senderUnitId, sequenceNumber: h.sequenceNumber,
        idempotencyKey: h.idempotencyKey!, bodyDigest: createHash('sm3').update(body).digest('hex'), checksum: batchChecksum(rs),
        recordCount: rs.length, acceptedCount: rs.length, rejected: [], status: 'ACCEPTED',
      }, key);
      receipts.set(h.idempotencyKey!, receipt);
      res.writeHead(known ? 200 : 201, { 'content-type': 'application/json', ...(known ? { 'fsjc-replayed': 'true' } : {}) }).end(JSON.stringify(receipt));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

example('generateCentreKey', () => {
  const key = generateCentreKey();
  // SM2 keys in hex; the public key goes to every sending system, the private key stays at the centre
  assert.match(key.publicKey, /^04[0-9a-f]{128}$/);
  assert.match(key.keyId, /^[0-9a-f]{16}$/);
});
example('signReceipt', () => {
  const key = generateCentreKey();
  const receipt = signReceipt(unsigned, key);
  assert.deepEqual(receipt.signature.algorithm, 'SM2-SM3');
  assert.equal(receipt.signature.keyId, key.keyId);
});
example('verifyReceipt', () => {
  const key = generateCentreKey();
  const receipt = signReceipt(unsigned, key);
  assert.equal(verifyReceipt(receipt, key.publicKey), true);
  // any change to a signed member, or another key, fails
  assert.equal(verifyReceipt({ ...receipt, acceptedCount: 0 }, key.publicKey), false);
  assert.equal(verifyReceipt(receipt, generateCentreKey().publicKey), false);
});
example('sm2KeyId', () => {
  const key = generateCentreKey();
  // the same public key always has the same ID, so receipts and certificates can name their key
  assert.equal(sm2KeyId(key.publicKey), key.keyId);
});
example('signCanonical', () => {
  const key = generateCentreKey();
  const note = { kind: 'note', text: '办结', at: '2026-10-20T18:00:00+08:00' };
  assert.match(signCanonical(note, key), /^[0-9a-f]{128}$/);
});
example('verifyCanonical', () => {
  const key = generateCentreKey();
  const note = { kind: 'note', text: '办结' };
  const value = signCanonical(note, key);
  // member order does not matter (RFC 8785); a changed member or another key does
  assert.equal(verifyCanonical({ text: '办结', kind: 'note', signature: { value } }, value, key.publicKey), true);
  assert.equal(verifyCanonical({ ...note, text: '受理' }, value, key.publicKey), false);
  assert.equal(verifyCanonical(note, value, generateCentreKey().publicKey), false);
});
example('checkReceipt', () => {
  const key = generateCentreKey();
  const batch = createBatch(sender, { sequenceNumber: 1, sentAt: '2026-10-20T18:00:00+08:00', idempotencyKey: 'NH-XZSP-1-0a1b2c3d' }, records);
  assert.deepEqual(checkReceipt(signReceipt(unsigned, key), batch, { centrePublicKey: key.publicKey }), { ok: true, verified: true, problems: [] });
  // a receipt for another batch does not do, however well signed
  const other = signReceipt({ ...unsigned, sequenceNumber: 2 }, key);
  assert.deepEqual(checkReceipt(other, batch, { centrePublicKey: key.publicKey }).problems, ['receipt.sequenceNumber is 2, the batch sent has 1']);
});
example('sendBatch', async () => {
  const key = generateCentreKey();
  const centre = await localCentre(key);
  try {
    const batch = createBatch(sender, { sequenceNumber: 1, sentAt: '2026-10-20T18:00:00+08:00', idempotencyKey: 'NH-XZSP-1-0a1b2c3d' }, records);
    const first = await sendBatch(batch, { url: centre.url, token: 'demo-token', centrePublicKey: key.publicKey });
    assert.equal(first.outcome, 'delivered');
    // sending the same batch again is safe: the centre answers with the original receipt
    const again = await sendBatch(batch, { url: centre.url, token: 'demo-token', centrePublicKey: key.publicKey });
    assert.ok(again.outcome === 'delivered' && again.replayed && first.outcome === 'delivered');
    assert.equal(again.receipt.receiptId, first.receipt.receiptId);
  } finally {
    await centre.close();
  }
});
example('readSpool', async () => {
  const key = generateCentreKey();
  const centre = await localCentre(key);
  const spoolDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fsjc-spool-'));
  try {
    // the Uploader: records are on disk once add() resolves; flush() sends them and keeps the receipts
    const uploader = new Uploader({ url: centre.url, token: 'demo-token', sender, spoolDir, centrePublicKey: key.publicKey, batchSize: 4 });
    await uploader.add(records);
    const { delivered } = await uploader.flush();
    await uploader.close();
    assert.deepEqual(delivered.map((d) => d.sequenceNumber), [1, 2, 3]);
    // the spool, read back: every batch acknowledged, every receipt kept and still verifying
    const spool = await readSpool(spoolDir, { centrePublicKey: key.publicKey });
    assert.deepEqual(spool.sent.map((s) => [s.sequenceNumber, s.receipt.recordCount, s.verified]), [[1, 4, true], [2, 4, true], [3, 2, true]]);
    assert.equal(spool.pending.length + spool.rejected.length + spool.journaled, 0);
    assert.equal(spool.nextSequence, 4);
  } finally {
    await centre.close();
    fs.rmSync(spoolDir, { recursive: true, force: true });
  }
});
