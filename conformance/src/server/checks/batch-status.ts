import type { Receipt } from '@fsjc/sdk';
import type { Note } from '../../suite/types.js';
import { kitBatch, MEDIA_TYPES, serialise } from '../batches.js';
import { expectStatus, sameJson, serverCheck } from '../check.js';
import { schemaProblems } from '../schemas.js';

/**
 * The batch status look-up (FSJC-API-016, FSJC-API-042): by log position and by sequence number or
 * idempotency key the sender finds its batch, with the receipt it was given; a system of another
 * district is answered as if the batch did not exist.
 */
export const batchStatus = serverCheck('batch-status', async (_test, ctx, http) => {
  const failures: Note[] = [];
  const sent = kitBatch(ctx);
  const bytes = serialise(sent.batch, 'json');
  const a = await http.send('POST', '/v1/batches', { token: ctx.token, body: bytes, contentType: MEDIA_TYPES.json });
  if (!expectStatus(a, 201, failures)) return { failures, passed: { code: 'server.statusFound' } };
  const r = a.json as Receipt;
  // the centre says where its status is; otherwise the log position names it
  const location = a.headers.location?.replace(/^https?:\/\/[^/]+/, '') ?? `/v1/batches/${r.logSeq}`;
  const lookups = [location, `/v1/batches?sequenceNumber=${sent.sequenceNumber}`, `/v1/batches?idempotencyKey=${encodeURIComponent(sent.idempotencyKey)}`];
  for (const path of lookups) {
    const s = await http.send('GET', path, { token: ctx.token });
    if (!expectStatus(s, 200, failures)) continue;
    const problems = schemaProblems('BatchStatus', s.json);
    if (problems.length) failures.push({ code: 'server.statusInvalid', params: { request: s.request, problems: problems.join('; ') } });
    const status = s.json as { logSeq?: number; recordCount?: number; receipt?: unknown };
    if (status?.logSeq !== r.logSeq || status.recordCount !== sent.batch.records.length || !sameJson(status.receipt, r)) {
      failures.push({ code: 'server.statusWrong', params: { request: s.request, logSeq: String(status?.logSeq), expected: r.logSeq } });
    }
  }
  const other = await http.send('GET', location, { token: ctx.otherToken, as: 'other' });
  if (other.status !== 404) failures.push({ code: 'server.statusVisibleToOther', params: { request: other.request, status: other.status } });
  return { failures, passed: { code: 'server.statusFound', params: { lookups: lookups.length } } };
});
