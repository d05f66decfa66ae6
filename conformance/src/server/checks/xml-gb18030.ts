import type { Note } from '../../suite/types.js';
import { kitBatch, MEDIA_TYPES, serialise } from '../batches.js';
import { expectReceipt, expectStatus, serverCheck } from '../check.js';

/**
 * XML in GB18030 (FSJC-ENV-009, FSJC-XML-007): the centre reads the encoding the document declares;
 * the receipt's checksum over the records, Chinese text and all, shows it read them right.
 */
export const xmlGb18030 = serverCheck('xml-gb18030', async (_test, ctx, http) => {
  const failures: Note[] = [];
  const sent = kitBatch(ctx);
  const bytes = serialise(sent.batch, 'xml', 'GB18030');
  const a = await http.send('POST', '/v1/batches', { token: ctx.token, body: bytes, contentType: MEDIA_TYPES.xml });
  if (expectStatus(a, 201, failures)) expectReceipt(ctx, a.json, { ...sent, bytes }, failures);
  return { failures, passed: { code: 'server.formAccepted', params: { form: 'XML GB18030', records: sent.batch.records.length } } };
});
