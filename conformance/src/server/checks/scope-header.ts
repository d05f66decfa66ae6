import type { Note } from '../../suite/types.js';
import { kitBatch, MEDIA_TYPES, serialise } from '../batches.js';
import { expectNotKept, expectRefusal, serverCheck } from '../check.js';

/**
 * The header against the token (FSJC-API-041): another district's system sending a batch whose
 * header names the kit's system is refused with 403 and nothing is kept.
 */
export const scopeHeader = serverCheck('scope-header', async (_test, ctx, http) => {
  const failures: Note[] = [];
  const sent = kitBatch(ctx);
  const a = await http.send('POST', '/v1/batches', { token: ctx.otherToken, as: 'other', body: serialise(sent.batch, 'json'), contentType: MEDIA_TYPES.json });
  expectRefusal(a, 403, failures);
  await expectNotKept(http, sent.idempotencyKey, ctx.token, 'kit', failures);
  return { failures, passed: { code: 'server.headerChecked', params: { system: ctx.sender.senderSystemId } } };
});
