import type { Note } from '../../suite/types.js';
import { kitBatch, MEDIA_TYPES, serialise } from '../batches.js';
import { expectReceipt, expectStatus, serverCheck } from '../check.js';

/** NDJSON is taken like JSON (FSJC-API-002): the receipt's checksum shows every record was read. */
export const ndjson = serverCheck('ndjson', async (_test, ctx, http) => {
  const failures: Note[] = [];
  const sent = kitBatch(ctx);
  const bytes = serialise(sent.batch, 'ndjson');
  const a = await http.send('POST', '/v1/batches', { token: ctx.token, body: bytes, contentType: MEDIA_TYPES.ndjson });
  if (expectStatus(a, 201, failures)) expectReceipt(ctx, a.json, { ...sent, bytes }, failures);
  return { failures, passed: { code: 'server.formAccepted', params: { form: 'NDJSON', records: sent.batch.records.length } } };
});
