import { sm3 } from 'sm-crypto-v2';
import type { Note } from '../../suite/types.js';
import { expectStatus, serverCheck } from '../check.js';
import { schemaProblems } from '../schemas.js';

/**
 * What the centre publishes at GET /v1/centre (FSJC-API-012, FSJC-API-021): the key its receipts
 * verify with, named by its keyId, and its batch limits. The key read here is the one the
 * receipt tests verify with.
 */
export const centreKey = serverCheck('centre-key', async (_test, ctx, http) => {
  const failures: Note[] = [];
  const a = await http.send('GET', '/v1/centre');
  if (!expectStatus(a, 200, failures)) return { failures, passed: { code: 'server.centrePublished' } };
  const problems = schemaProblems('Centre', a.json);
  if (problems.length) failures.push({ code: 'server.centreInvalid', params: { problems: problems.join('; ') } });
  const body = a.json as { centreId?: string; receiptKey?: { keyId?: string; publicKey?: string } } | undefined;
  const key = body?.receiptKey;
  if (typeof key?.publicKey !== 'string' || typeof key.keyId !== 'string') {
    failures.push({ code: 'server.noReceiptKey' });
  } else {
    ctx.centre = { centreId: body?.centreId, keyId: key.keyId, publicKey: key.publicKey };
    // the keyId names the key: the first 16 hex digits of SM3 over the public key's bytes (receipt schema)
    const derived = /^[0-9a-fA-F]+$/.test(key.publicKey) ? sm3(Uint8Array.from(Buffer.from(key.publicKey, 'hex'))).slice(0, 16) : '';
    if (derived !== key.keyId) failures.push({ code: 'server.keyIdNotDerived', params: { keyId: key.keyId, derived: derived || '-' } });
  }
  return { failures, passed: { code: 'server.centrePublished', params: { keyId: String(key?.keyId) } }, evidence: { centre: a.json } };
});
