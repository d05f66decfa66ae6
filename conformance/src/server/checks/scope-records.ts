import type { Note } from '../../suite/types.js';
import { kitBatch, MEDIA_TYPES, serialise } from '../batches.js';
import { expectCode, expectNotKept, expectRefusal, serverCheck } from '../check.js';

/**
 * Records against the sender's scope (FSJC-API-041, FSJC-API-003): another district's platform,
 * under its own header, sending records of the kit's district is refused with 403 and
 * api.outOfScope, and nothing is kept.
 */
export const scopeRecords = serverCheck('scope-records', async (_test, ctx, http) => {
  const failures: Note[] = [];
  const sent = kitBatch(ctx, { sender: ctx.other });
  const a = await http.send('POST', '/v1/batches', { token: ctx.otherToken, as: 'other', body: serialise(sent.batch, 'json'), contentType: MEDIA_TYPES.json });
  if (expectRefusal(a, 403, failures)) expectCode(a, 'api.outOfScope', failures);
  await expectNotKept(http, sent.idempotencyKey, ctx.otherToken, 'other', failures);
  return { failures, passed: { code: 'server.recordsScoped', params: { region: ctx.sender.regionCode, other: ctx.other.regionCode } } };
});
