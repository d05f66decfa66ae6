import type { FsjcRecord, Receipt } from '@fsjc/sdk';
import type { Note } from '../../suite/types.js';
import { freshRecords, kitBatch, MEDIA_TYPES, protocolExample, serialise, tagOf } from '../batches.js';
import { expectCode, expectNotKept, expectRefusal, expectStatus, serverCheck } from '../check.js';
import { KitProblem } from '../context.js';

/**
 * All or nothing by default, record by record on request (FSJC-API-003, FSJC-ENV-013): a batch with
 * one record lacking a required field is refused whole and nothing is kept; sent with
 * acceptance=per-record, the other records are accepted and the receipt lists the one that was not,
 * with its code.
 */
export const acceptance = serverCheck('acceptance', async (_test, ctx, http) => {
  const failures: Note[] = [];
  const sequenceNumber = ctx.nextSequence();
  const records = freshRecords(protocolExample(ctx).batch.records, tagOf(sequenceNumber));
  const broken = records.findIndex((r) => r.recordType === 'event' && 'occurredAt' in r);
  if (broken < 0) throw new KitProblem({ code: 'server.noEventToBreak' });
  // an event without its time: schema.required, a blocking finding about that record alone
  const { occurredAt: _dropped, ...rest } = records[broken] as FsjcRecord & { occurredAt: string };
  records[broken] = rest as FsjcRecord;
  const sent = kitBatch(ctx, { records, sequenceNumber });
  const body = serialise(sent.batch, 'json');
  const whole = await http.send('POST', '/v1/batches', { token: ctx.token, body, contentType: MEDIA_TYPES.json });
  if (expectRefusal(whole, 422, failures)) expectCode(whole, 'schema.required', failures);
  await expectNotKept(http, sent.idempotencyKey, ctx.token, 'kit', failures);

  const partial = await http.send('POST', '/v1/batches?acceptance=per-record', { token: ctx.token, body, contentType: MEDIA_TYPES.json });
  if (expectStatus(partial, 201, failures)) {
    const r = partial.json as Receipt;
    const listed = r?.rejected?.find((x) => x.index === broken);
    if (r?.status !== 'PARTIAL' || r.acceptedCount !== records.length - 1 || r.rejected.length !== 1 || !listed?.codes.includes('schema.required')) {
      failures.push({ code: 'server.partialWrong', params: { status: String(r?.status), accepted: String(r?.acceptedCount), expected: records.length - 1, index: broken } });
    }
  }
  return { failures, passed: { code: 'server.acceptanceGood', params: { index: broken } } };
});
