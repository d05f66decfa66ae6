import type { Note } from '../../suite/types.js';
import { kitBatch, MEDIA_TYPES, serialise } from '../batches.js';
import { expectNotKept, expectRefusal, serverCheck } from '../check.js';

/**
 * No token, no exchange (FSJC-API-001, FSJC-API-040): a batch without a token, or with one the
 * centre never issued, is refused with 401 and not kept; the status look-up needs a token too.
 */
export const unauthorized = serverCheck('unauthorized', async (_test, ctx, http) => {
  const failures: Note[] = [];
  const sent = kitBatch(ctx);
  const body = serialise(sent.batch, 'json');
  expectRefusal(await http.send('POST', '/v1/batches', { body, contentType: MEDIA_TYPES.json }), 401, failures);
  expectRefusal(await http.send('POST', '/v1/batches', { token: 'fsjc_tk_000000000000_not-issued-by-this-centre', as: 'invalid', body, contentType: MEDIA_TYPES.json }), 401, failures);
  expectRefusal(await http.send('GET', `/v1/batches?sequenceNumber=${sent.sequenceNumber}`), 401, failures);
  await expectNotKept(http, sent.idempotencyKey, ctx.token, 'kit', failures);
  return { failures, passed: { code: 'server.tokenRequired' } };
});
