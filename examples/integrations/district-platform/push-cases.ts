/**
 * 南海区政务服务平台向佛山市电子监察中心推送办件和办理过程记录。
 * Nanhai district platform: push case and event records to the Foshan monitoring centre.
 *
 *   FSJC_URL=https://jc.foshan.example/ FSJC_TOKEN=… FSJC_CENTRE_KEY=04… npx tsx push-cases.ts [files…]
 *
 * Without files, the Nanhai cases of examples/valid are sent. See README.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isBlocking, readRecordsFromFile, Uploader, UploadError, type BatchSender, type DeliveredBatch, type FsjcRecord, type RejectedBatch } from '@fsjc/sdk';

/** 南海区政务服务平台 as registered with the centre. */
export const NANHAI_PLATFORM: BatchSender = { senderSystemId: 'NH-XZSP', senderUnitId: 'U440605-XZFW', regionCode: '440605', profile: 'foshan' };

/** The Nanhai cases among the standard's examples: a promised food licence, a supplement case, a parallel "one thing", a fee case. */
export const SAMPLE_FILES = ['04-promised-food-business-licence.json', '05-supplement-public-venue-hygiene.json', '06-parallel-one-stop-hotel.json', '14-fee-real-estate-registration.json']
  .map((f) => fileURLToPath(new URL(`../../valid/${f}`, import.meta.url)));

/** What a district's approval platform reports: its cases and what happened in them (organisation and item registries come from the city). */
const CASE_RECORDS = new Set(['case', 'event', 'fee', 'evaluation']);

export interface PushOptions {
  /** The centre's address, e.g. https://jc.foshan.example/ */
  url: string;
  /** The platform's bearer token, issued by the centre. */
  token: string;
  /** Batch files (JSON, NDJSON or XML) holding the records to send. */
  files: readonly string[];
  /** Where records wait and receipts are kept; keep it (and back it up): the receipts are the district's proof. */
  spoolDir: string;
  /** The centre's SM2 public key (hex); receipts are verified with it. */
  centrePublicKey?: string;
  sender?: BatchSender;
  batchSize?: number;
  /** Attempts per batch before this run gives up; what is not sent stays in the spool for the next run (default 8). */
  maxAttempts?: number;
  /** The clock for sentAt (default: now). */
  now?: () => number;
  /** Where the progress lines go (default console.log; pass () => {} for none). */
  log?: (line: string) => void;
}

export interface PushResult {
  /** Records added to the spool by this run. */
  added: number;
  /** Records of the files skipped: not case records, or unreadable. */
  skipped: number;
  delivered: DeliveredBatch[];
  rejected: RejectedBatch[];
}

/**
 * Reads the case records of the files, adds them to the spool and sends everything pending
 * (including what an earlier, interrupted run left) to the centre. Resolves when every batch is
 * acknowledged or rejected; rejects with an UploadError when sending had to stop.
 */
export async function pushCases(options: PushOptions): Promise<PushResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const uploader = new Uploader({
    url: options.url,
    token: options.token,
    sender: options.sender ?? NANHAI_PLATFORM,
    spoolDir: options.spoolDir,
    centrePublicKey: options.centrePublicKey,
    batchSize: options.batchSize ?? 500,
    retry: { baseDelay: 1000, maxDelay: 60_000, maxAttempts: options.maxAttempts ?? 8 },
    ...(options.now ? { now: options.now } : {}),
  });
  uploader.on('receipt', (d) => {
    const r = d.receipt;
    log(`批次 #${d.sequenceNumber} 已确认 ${r.receiptId}：${r.acceptedCount}/${r.recordCount} 条接受${d.replayed ? '（中心已有此批次，返回原回执）' : ''}${d.verified ? '，回执签名有效' : '，回执未验签（未配置中心公钥）'} — batch ${d.sequenceNumber} acknowledged`);
    for (const x of r.rejected) log(`  记录 ${x.index}${x.id ? ` ${x.id}` : ''} 未接受：${x.codes.join(', ')} — record not accepted`);
  });
  uploader.on('rejected', (j) => log(`批次 #${j.sequenceNumber} 被拒绝 HTTP ${j.status} ${j.problem?.code ?? ''}：${j.problem?.detail ?? j.body.slice(0, 200)} — batch rejected, kept in ${path.join(uploader.spoolDir, 'rejected')}`));
  uploader.on('retry', (t) => log(`批次 #${t.sequenceNumber} 第 ${t.attempt} 次发送失败（${t.reason}），${Math.round(t.delay / 1000)} 秒后重发 — retrying`));
  uploader.on('receiptInvalid', (i) => log(`批次 #${i.sequenceNumber} 的回执无效：${i.problems.join('；')} — receipt does not check out`));

  try {
    let added = 0;
    let skipped = 0;
    for (const file of options.files) {
      const { records, issues } = await readRecordsFromFile(file);
      const broken = issues.filter((i) => isBlocking(i.severity) && i.recordIndex === undefined);
      if (broken.length) {
        log(`${file}：无法读取（${broken.map((i) => i.code).join(', ')}），跳过 — unreadable, skipped`);
        skipped += records.length;
        continue;
      }
      const mine = (records as FsjcRecord[]).filter((r) => r && CASE_RECORDS.has(r.recordType));
      added += await uploader.add(mine);
      skipped += records.length - mine.length;
      log(`${path.basename(file)}：${mine.length} 条记录已入队 — records spooled`);
    }
    const before = uploader.progress();
    log(`待发送 ${before.journaledRecords} 条记录、${before.pendingBatches} 个已成批次 — to send`);
    const { delivered, rejected } = await uploader.flush();
    const after = uploader.progress();
    log(`完成：确认 ${delivered.length} 批，拒绝 ${rejected.length} 批；累计已确认 ${after.sentBatches} 批，回执见 ${path.join(uploader.spoolDir, 'sent')} — done`);
    return { added, skipped, delivered, rejected };
  } finally {
    await uploader.close();
  }
}

/** FSJC_CENTRE_KEY: the public key in hex, or a file holding it (hex, or JSON with a publicKey member). */
function centreKey(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (/^(04)?[0-9a-fA-F]{128}$|^0[23][0-9a-fA-F]{64}$/.test(value.trim())) return value.trim();
  const text = fs.readFileSync(value, 'utf8').trim();
  return text.startsWith('{') ? (JSON.parse(text) as { publicKey: string }).publicKey : text;
}

async function main(): Promise<number> {
  const url = process.env.FSJC_URL;
  const token = process.env.FSJC_TOKEN;
  if (!url || !token) {
    console.error('请设置 FSJC_URL 和 FSJC_TOKEN（可选 FSJC_CENTRE_KEY、FSJC_SPOOL_DIR）— set FSJC_URL and FSJC_TOKEN');
    return 64;
  }
  const centrePublicKey = centreKey(process.env.FSJC_CENTRE_KEY);
  if (!centrePublicKey) console.warn('未配置 FSJC_CENTRE_KEY：回执不验签 — FSJC_CENTRE_KEY not set: receipts are not verified');
  const files = process.argv.slice(2);
  try {
    const result = await pushCases({ url, token, files: files.length ? files : SAMPLE_FILES, spoolDir: process.env.FSJC_SPOOL_DIR ?? './fsjc-spool', centrePublicKey });
    return result.rejected.length ? 2 : 0;
  } catch (e) {
    if (e instanceof UploadError) {
      console.error(`发送中止（${e.code}）：${e.message} — sending stopped; unsent batches stay in the spool for the next run`);
      return 1;
    }
    throw e;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().then((code) => (process.exitCode = code));
}
