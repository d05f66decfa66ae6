import type { Receipt } from '@fsjc/sdk';
import type { Note } from '../../suite/types.js';
import { kitBatch, MEDIA_TYPES, serialise } from '../batches.js';
import { expectNotKept, expectRefusal, expectStatus, sameJson, serverCheck } from '../check.js';

/**
 * A sequence number already held (FSJC-API-014, FSJC-ENV-004): another batch under the same number
 * and a different idempotency key is refused with 409, the error body gives the receipt of the
 * batch holding the number, and the newcomer is not kept.
 */
export const sequenceConflict = serverCheck('sequence-conflict', async (_test, ctx, http) => {
  const failures: Note[] = [];
  const holder = kitBatch(ctx);
  const other = kitBatch(ctx, { sequenceNumber: holder.sequenceNumber, variant: 'B' });
  const post = (b: typeof holder) => http.send('POST', '/v1/batches', { token: ctx.token, body: serialise(b.batch, 'json'), contentType: MEDIA_TYPES.json });
  const first = await post(holder);
  if (!expectStatus(first, 201, failures)) return { failures, passed: { code: 'server.conflictRefused' } };
  const clash = await post(other);
  if (expectRefusal(clash, 409, failures)) {
    const given = (clash.json as { receipt?: unknown } | undefined)?.receipt;
    if (!sameJson(given, first.json)) failures.push({ code: 'server.conflictReceipt', params: { holder: (first.json as Receipt).receiptId, given: String((given as Receipt | undefined)?.receiptId ?? '-') } });
  }
  await expectNotKept(http, other.idempotencyKey, ctx.token, 'kit', failures);
  return { failures, passed: { code: 'server.conflictRefused', params: { sequenceNumber: holder.sequenceNumber } } };
});
