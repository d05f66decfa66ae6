/**
 * 故意出错的发送系统：用来证明一致性测试能发现每一种错误，且只在针对该错误的测试上失败。
 * A deliberately faulty sending system, to prove the conformance kit finds each fault, and fails
 * only the tests aimed at it. Each fault can be switched on alone:
 *
 *   no-retry            gives up on a batch after any failure (no resend)
 *   reused-sequence     numbers every batch 1
 *   missing-acceptance  never reports ACCEPTED events
 *   wrong-codes         sends case types that are not in the code list
 *   gbk-as-utf8         sends XML encoded in GBK but declared UTF-8
 *   backdated-edits     afterwards sends a revision that moves a stage earlier
 *   offline-channel     reports every online application as made at a window (valid data, wrong outcome)
 */
import { batchToXml, createBatch, formatInstant, type FsjcRecord } from '@fsjc/sdk';

export const CLIENT_FAULTS = ['no-retry', 'reused-sequence', 'missing-acceptance', 'wrong-codes', 'gbk-as-utf8', 'backdated-edits', 'offline-channel'] as const;
export type ClientFault = (typeof CLIENT_FAULTS)[number];

export interface FaultyHandoff {
  url: string;
  token: string;
  system: { systemId: string; unitId: string; regionCode: string };
  profile: string;
  scenariosUrl: string;
}

interface ScenarioList { scenarios: { id: string; records: FsjcRecord[] }[] }

export async function runFaultyClient(handoff: FaultyHandoff, faults: readonly ClientFault[]): Promise<void> {
  const has = (f: ClientFault) => faults.includes(f);
  const { scenarios } = (await (await fetch(handoff.scenariosUrl)).json()) as ScenarioList;
  const sender = { senderSystemId: handoff.system.systemId, senderUnitId: handoff.system.unitId, regionCode: handoff.system.regionCode, profile: handoff.profile };
  let sequence = 0;

  const send = async (records: FsjcRecord[]) => {
    sequence++;
    const n = has('reused-sequence') ? 1 : sequence;
    const batch = createBatch(sender, { sequenceNumber: n, sentAt: formatInstant(Date.now()), idempotencyKey: `${sender.senderSystemId}-${sequence}` }, records);
    let body: Uint8Array | string = JSON.stringify(batch);
    let type = 'application/json';
    if (has('gbk-as-utf8')) {
      const gbk = Buffer.from(batchToXml(batch, { encoding: 'GBK' }));
      const head = gbk.subarray(0, 100).toString('latin1').replace(/encoding="GBK"/, 'encoding="UTF-8"');
      body = Buffer.concat([Buffer.from(head, 'latin1'), gbk.subarray(100)]);
      type = 'application/xml';
    }
    for (let attempt = 1; attempt <= 8; attempt++) {
      let retryAfter = 0;
      try {
        const res = await fetch(`${handoff.url}/v1/batches`, { method: 'POST', body, headers: { authorization: `Bearer ${handoff.token}`, 'content-type': type } });
        await res.arrayBuffer();
        if (res.status < 500) return;
        retryAfter = Number(res.headers.get('retry-after') ?? 0) * 1000;
      } catch {
        // dropped connection
      }
      if (has('no-retry')) return;
      await new Promise((r) => setTimeout(r, Math.max(retryAfter, 200 * 2 ** attempt)));
    }
  };

  for (const s of scenarios) {
    let records = s.records;
    if (has('missing-acceptance')) records = records.filter((r) => !(r.recordType === 'event' && r.eventType === 'ACCEPTED'));
    if (has('offline-channel')) records = records.map((r) => (r.recordType === 'case' && r.online ? { ...r, channel: 'WINDOW', online: false } : r));
    if (has('wrong-codes')) records = records.map((r) => (r.recordType === 'case' ? ({ ...r, caseType: 'PROMISE' } as unknown as FsjcRecord) : r));
    await send(records);
  }
  if (has('backdated-edits')) {
    // the review stage of the first scenario's case, "corrected" to two hours earlier
    const stage = scenarios[0].records.find((r) => r.recordType === 'event' && r.eventType === 'STAGE_COMPLETED');
    if (stage && stage.recordType === 'event') {
      const earlier = formatInstant(Date.parse(stage.occurredAt) - 2 * 3_600_000);
      await send([{ ...stage, revision: (stage.revision ?? 1) + 1, occurredAt: earlier, recordedAt: formatInstant(Date.now()) }]);
    }
  }
}
