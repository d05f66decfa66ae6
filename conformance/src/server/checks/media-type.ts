import type { Note } from '../../suite/types.js';
import { kitBatch, serialise } from '../batches.js';
import { expectNotKept, expectRefusal, serverCheck } from '../check.js';

/** A batch under a media type other than the three of FSJC-API-002 is refused with 415 and not kept. */
export const mediaType = serverCheck('media-type', async (test, ctx, http) => {
  const failures: Note[] = [];
  const contentType = String(test.params?.contentType ?? 'text/plain');
  const sent = kitBatch(ctx);
  const a = await http.send('POST', '/v1/batches', { token: ctx.token, body: serialise(sent.batch, 'json'), contentType });
  expectRefusal(a, 415, failures);
  await expectNotKept(http, sent.idempotencyKey, ctx.token, 'kit', failures);
  return { failures, passed: { code: 'server.mediaTypeRefused', params: { contentType } } };
});
