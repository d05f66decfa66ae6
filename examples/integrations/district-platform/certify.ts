/**
 * 南海区政务服务平台参加发送系统一致性测试：取回测试工具给出的场景，每个场景作为一个批次，
 * 用 SDK 的上传客户端报送（保存后发送、按退避重发、验证回执）。
 * Nanhai's platform takes part in client conformance: it fetches the kit's scenarios and uploads
 * each as a batch of its own with the SDK's upload client (spooled first, resent with back-off,
 * receipts verified).
 *
 *   fsjc conformance client --handoff handoff.json &   # the kit says where and with which token
 *   npx tsx certify.ts handoff.json
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Uploader, type FsjcRecord } from '@fsjc/sdk';

/** What the kit hands a system under test (see `fsjc conformance client --handoff`). */
export interface Handoff {
  url: string;
  token: string;
  centrePublicKey: string;
  system: { systemId: string; unitId: string; regionCode: string };
  profile: string;
  scenariosUrl: string;
}

interface ScenarioList { scenarios: { id: string; title_zh: string; records: FsjcRecord[] }[] }

/**
 * Uploads every scenario, one batch each, and resolves when all are acknowledged; a batch the kit
 * refuses is reported and the rest still go.
 */
export async function certify(handoff: Handoff, o: { spoolDir?: string; log?: (line: string) => void } = {}): Promise<{ delivered: number; rejected: number }> {
  const log = o.log ?? ((line: string) => console.log(line));
  const res = await fetch(handoff.scenariosUrl);
  if (!res.ok) throw new Error(`cannot fetch the scenarios: HTTP ${res.status}`);
  const { scenarios } = (await res.json()) as ScenarioList;
  const spoolDir = o.spoolDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'nh-certify-'));
  const uploader = new Uploader({
    url: handoff.url,
    token: handoff.token,
    sender: { senderSystemId: handoff.system.systemId, senderUnitId: handoff.system.unitId, regionCode: handoff.system.regionCode, profile: handoff.profile },
    spoolDir,
    centrePublicKey: handoff.centrePublicKey,
    batchSize: 1000,
    retry: { baseDelay: 300, maxDelay: 5000, maxAttempts: 10 },
  });
  uploader.on('retry', (t) => log(`批次 #${t.sequenceNumber} 第 ${t.attempt} 次发送失败（${t.reason}），${t.delay} 毫秒后重发 — retrying`));
  let delivered = 0;
  let rejected = 0;
  try {
    for (const s of scenarios) {
      await uploader.add(s.records);
      const r = await uploader.flush();
      delivered += r.delivered.length;
      rejected += r.rejected.length;
      log(`${s.id} ${s.title_zh}：${r.delivered.length ? '已确认' : '被拒绝'} — ${r.delivered.length ? 'acknowledged' : 'rejected'}`);
    }
  } finally {
    await uploader.close();
    if (!o.spoolDir) fs.rmSync(spoolDir, { recursive: true, force: true });
  }
  return { delivered, rejected };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const file = process.argv[2];
  if (!file) {
    console.error('用法 usage: npx tsx certify.ts handoff.json');
    process.exitCode = 64;
  } else {
    certify(JSON.parse(fs.readFileSync(file, 'utf8')) as Handoff).then((r) => (process.exitCode = r.rejected ? 2 : 0));
  }
}
