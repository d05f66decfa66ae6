import type { Receipt } from '@fsjc/sdk';
import type { Note } from '../../suite/types.js';
import { kitBatch, MEDIA_TYPES, serialise, validExamples } from '../batches.js';
import { problemCodes, serverCheck } from '../check.js';

/**
 * Every valid public example of the kit's division (FSJC-CONF-007), in the form it is published in,
 * re-enveloped for the kit's system with identifiers of its own, is accepted whole with a receipt.
 */
export const validExamplesCheck = serverCheck('valid-examples', async (_test, ctx, http) => {
  const failures: Note[] = [];
  const examples = validExamples(ctx);
  const accepted: string[] = [];
  for (const example of examples) {
    const sent = kitBatch(ctx, { example });
    const a = await http.send('POST', '/v1/batches', { token: ctx.token, body: serialise(sent.batch, example.form, example.encoding), contentType: MEDIA_TYPES[example.form] });
    const r = a.json as Receipt | undefined;
    if (a.status !== 201) failures.push({ code: 'server.exampleRefused', params: { example: example.name, status: a.status, code: problemCodes(a).join(', ') || '-' } });
    else if (r?.status !== 'ACCEPTED' || r.acceptedCount !== sent.batch.records.length) failures.push({ code: 'server.examplePartly', params: { example: example.name, accepted: String(r?.acceptedCount), records: sent.batch.records.length } });
    else accepted.push(example.name);
  }
  return { failures, passed: { code: 'server.examplesAccepted', params: { count: examples.length, examples: accepted.join(', ') } } };
});
