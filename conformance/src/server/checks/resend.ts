import type { Receipt } from '@fsjc/sdk';
import type { Note } from '../../suite/types.js';
import { kitBatch, MEDIA_TYPES, serialise } from '../batches.js';
import { expectStatus, sameJson, serverCheck } from '../check.js';

/**
 * A resent batch (FSJC-API-013, FSJC-ENV-005): the same bytes again are answered with 200, the
 * original receipt and fsjc-replayed: true, and the centre holds the batch once, at the log
 * position of the original.
 */
export const resend = serverCheck('resend', async (_test, ctx, http) => {
  const failures: Note[] = [];
  const sent = kitBatch(ctx);
  const bytes = serialise(sent.batch, 'json');
  const post = () => http.send('POST', '/v1/batches', { token: ctx.token, body: bytes, contentType: MEDIA_TYPES.json });
  const first = await post();
  if (!expectStatus(first, 201, failures)) return { failures, passed: { code: 'server.replayed' } };
  const original = first.json as Receipt;
  const again = await post();
  if (expectStatus(again, 200, failures)) {
    if (again.headers['fsjc-replayed'] !== 'true') failures.push({ code: 'server.notMarkedReplayed', params: { value: again.headers['fsjc-replayed'] ?? '-' } });
    if (!sameJson(again.json, original)) failures.push({ code: 'server.receiptChanged', params: { original: original.receiptId, again: String((again.json as Receipt | undefined)?.receiptId) } });
  }
  // stored once: both look-ups lead to the original entry
  for (const path of [`/v1/batches?idempotencyKey=${encodeURIComponent(sent.idempotencyKey)}`, `/v1/batches?sequenceNumber=${sent.sequenceNumber}`]) {
    const s = await http.send('GET', path, { token: ctx.token });
    if (!expectStatus(s, 200, failures)) continue;
    const status = s.json as { logSeq?: number; receipt?: unknown };
    if (status?.logSeq !== original.logSeq || !sameJson(status.receipt, original)) failures.push({ code: 'server.storedTwice', params: { request: s.request, logSeq: String(status?.logSeq), original: original.logSeq } });
  }
  return { failures, passed: { code: 'server.replayed', params: { receiptId: original.receiptId } } };
});
