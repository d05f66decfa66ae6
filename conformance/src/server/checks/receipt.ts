import type { Note } from '../../suite/types.js';
import { kitBatch, MEDIA_TYPES, serialise } from '../batches.js';
import { expectReceipt, expectStatus, serverCheck } from '../check.js';

/**
 * A committed batch gets its receipt (FSJC-API-010..012): 201, a receipt that conforms to the
 * schema and names the batch as sent, signed with the key the centre publishes.
 */
export const receipt = serverCheck('receipt', async (_test, ctx, http) => {
  const failures: Note[] = [];
  const sent = kitBatch(ctx);
  const bytes = serialise(sent.batch, 'json');
  const a = await http.send('POST', '/v1/batches', { token: ctx.token, body: bytes, contentType: MEDIA_TYPES.json });
  let r;
  if (expectStatus(a, 201, failures)) r = expectReceipt(ctx, a.json, { ...sent, bytes }, failures, { signature: true });
  return { failures, passed: { code: 'server.receiptGood', params: { receiptId: String(r?.receiptId) } }, evidence: { receipt: a.json } };
});
