import type { Note } from '../../suite/types.js';
import { kitBatch, MEDIA_TYPES, serialise } from '../batches.js';
import { expectCode, expectNotKept, expectRefusal, expectStatus, serverCheck } from '../check.js';

/**
 * A revision not newer than the one held (FSJC-API-015): the same records again, in a new batch, are
 * not accepted, with the code api.revisionNotNewer; the whole batch is refused (FSJC-API-003).
 */
export const revisionNotNewer = serverCheck('revision-not-newer', async (_test, ctx, http) => {
  const failures: Note[] = [];
  const first = kitBatch(ctx);
  const again = kitBatch(ctx, { records: first.batch.records });
  const post = (b: typeof first) => http.send('POST', '/v1/batches', { token: ctx.token, body: serialise(b.batch, 'json'), contentType: MEDIA_TYPES.json });
  if (!expectStatus(await post(first), 201, failures)) return { failures, passed: { code: 'server.revisionRefused' } };
  const a = await post(again);
  if (expectRefusal(a, 422, failures)) expectCode(a, 'api.revisionNotNewer', failures);
  await expectNotKept(http, again.idempotencyKey, ctx.token, 'kit', failures);
  return { failures, passed: { code: 'server.revisionRefused', params: { records: first.batch.records.length } } };
});
