import type { Note } from '../../suite/types.js';
import { MEDIA_TYPES } from '../batches.js';
import { expectCode, expectRefusal, serverCheck } from '../check.js';

const CJK = /[\u3400-\u9fff]/;

/**
 * Error bodies (FSJC-API-020, FSJC-API-023): a batch that cannot be read is refused with 400,
 * api.unreadable and its findings, as problem details whose explanation is in the language asked for.
 */
export const problemBody = serverCheck('problem-body', async (_test, ctx, http) => {
  const failures: Note[] = [];
  // cut off in the middle: not JSON at all
  const body = '{"header": {"standardVersion": "1.0.0", "senderSystemId": ';
  const ask = (acceptLanguage: string) => http.send('POST', '/v1/batches', { token: ctx.token, body, contentType: MEDIA_TYPES.json, acceptLanguage });
  const zh = await ask('zh-CN,zh;q=0.9');
  if (expectRefusal(zh, 400, failures)) {
    expectCode(zh, 'api.unreadable', failures);
    if (!((zh.json as { issues?: unknown[] } | undefined)?.issues?.length)) failures.push({ code: 'server.noIssues', params: { request: zh.request } });
  }
  const en = await ask('en-GB,en;q=0.9');
  expectRefusal(en, 400, failures);
  const zhDetail = String((zh.json as { detail?: unknown } | undefined)?.detail ?? '');
  const enDetail = String((en.json as { detail?: unknown } | undefined)?.detail ?? '');
  if (!CJK.test(zhDetail)) failures.push({ code: 'server.notInLanguage', params: { language: 'zh-CN', detail: zhDetail || '-' } });
  if (CJK.test(enDetail) || !enDetail) failures.push({ code: 'server.notInLanguage', params: { language: 'en', detail: enDetail || '-' } });
  return { failures, passed: { code: 'server.problemGood' } };
});
