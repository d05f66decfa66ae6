/**
 * Sample runs for the tests of reports and certificates: a client suite of three groups, once
 * passing up to L4 and once failing at L3 with an error, skips and an omitted test. The level and
 * counts are computed by the kit's own rules, as the runner does.
 */
import { renderNote } from '../messages/index.js';
import { countOutcomes, levelReached } from '../suite/level.js';
import type { Level, Outcome, RunReport, Strength, TestResult } from '../suite/types.js';

interface Row {
  id: string; group: string; title_zh: string; title_en: string; level: Level; strength: Strength;
  requirements: string[]; scenario?: string;
}

const TESTS: Row[] = [
  { id: 'CL-L1-VALID-BATCHES', group: 'CL-FORMAT', title_zh: '批次无关键发现', title_en: 'Batches have no critical finding', level: 'L1', strength: 'MUST', requirements: ['FSJC-CONF-006'] },
  { id: 'CL-L2-NO-ERRORS', group: 'CL-FORMAT', title_zh: '批次无错误发现', title_en: 'Batches have no error finding', level: 'L2', strength: 'MUST', requirements: ['FSJC-CONF-006'] },
  { id: 'CL-L2-ENCODING-DECLARED', group: 'CL-FORMAT', title_zh: '请求体编码与声明一致', title_en: 'Request bodies are in the encoding declared', level: 'L2', strength: 'SHOULD', requirements: ['FSJC-ENV-009', 'FSJC-XML-007'] },
  { id: 'CL-L3-SEQUENCE', group: 'CL-RESEND', title_zh: '序号严格递增', title_en: 'Sequence numbers strictly increase', level: 'L3', strength: 'MUST', requirements: ['FSJC-ENV-004', 'FSJC-API-014'] },
  { id: 'CL-L3-RESEND-SAME-BYTES', group: 'CL-RESEND', title_zh: '故障后以相同字节重发', title_en: 'Resends the same bytes after a fault', level: 'L3', strength: 'MUST', requirements: ['FSJC-ENV-005', 'FSJC-API-070'] },
  { id: 'CL-L3-BACKOFF', group: 'CL-RESEND', title_zh: '等待 Retry-After 并指数退避', title_en: 'Waits for Retry-After and backs off', level: 'L3', strength: 'SHOULD', requirements: ['FSJC-API-070'] },
  { id: 'CL-L4-SIGNALS-S01', group: 'CL-SIGNALS', title_zh: '场景 S01 的信号', title_en: 'Signals of scenario S01', level: 'L4', strength: 'MUST', requirements: ['FSJC-CONF-022'], scenario: 'S01' },
  { id: 'CL-L4-SIGNALS-S02', group: 'CL-SIGNALS', title_zh: '场景 S02 的信号', title_en: 'Signals of scenario S02', level: 'L4', strength: 'MUST', requirements: ['FSJC-CONF-022'], scenario: 'S02' },
  { id: 'CL-L4-EVENTS-COMPLETE', group: 'CL-SIGNALS', title_zh: '办件事件齐全', title_en: 'Cases have every required event', level: 'L4', strength: 'MAY', requirements: ['FSJC-CONF-023'] },
];

const passMessage = { code: 'client.noFindings', zh: '符合要求。', en: 'As required.' };

function result(row: Row, outcome: Outcome, extra: Partial<TestResult> = {}): TestResult {
  const messages = outcome === 'omit' ? [renderNote({ code: 'kit.notSelected' })] : outcome === 'pass' ? [passMessage] : [];
  return { ...row, outcome, messages, durationMs: 120, ...extra };
}

function assemble(results: TestResult[], system: RunReport['system']): RunReport {
  return {
    kind: 'fsjc-conformance-report',
    reportVersion: 1,
    suite: { id: 'client-v1', version: '1.0.0', mode: 'client', title_zh: '发送系统一致性测试', title_en: 'Conformance of sending systems' },
    kit: { name: '@fsjc/conformance', version: '0.1.0' },
    standardVersion: '1.0.0',
    system,
    startedAt: '2026-10-20T23:40:00+08:00',
    // after midnight in Foshan, still the 20th in UTC: the certificate's date is China's
    finishedAt: '2026-10-21T00:15:30+08:00',
    level: levelReached(results),
    counts: countOutcomes(results),
    results,
  };
}

/** Every MUST test passes (level L4); the MAY test was not selected. */
export function passingReport(): RunReport {
  const results = TESTS.map((t) => result(t, t.strength === 'MAY' ? 'omit' : 'pass', t.id === 'CL-L1-VALID-BATCHES'
    ? { evidence: { batches: 12, findings: { critical: 0, error: 0, warning: 3 } } }
    : {}));
  return assemble(results, { id: 'FS-NH-SPJ-01', name: '南海区行政审批系统', url: 'https://spj.nanhai.example/fsjc', regionCode: '440605' });
}

/** L2 reached: a resend changed its bytes (fail), the kit lost the network (error), so L4 is skipped. */
export function failingReport(): RunReport {
  const outcomes: Record<string, Partial<TestResult> & { outcome: Outcome }> = {
    'CL-L2-ENCODING-DECLARED': {
      outcome: 'fail',
      messages: [{ code: 'client.encodingWrong', zh: '批次 7 声明 UTF-8，实际为 GB18030。', en: 'Batch 7 declares UTF-8 but is GB18030.' }],
      evidence: { sequenceNumber: 7, declared: 'UTF-8', detected: 'GB18030' },
    },
    'CL-L3-RESEND-SAME-BYTES': {
      outcome: 'fail',
      messages: [{ code: 'client.notResentAfterDrop', zh: '序号 12 的重发与原批次的字节不同（幂等键相同）。', en: 'The resend of sequence 12 differs in its bytes from the original (same idempotency key).' }],
      evidence: {
        idempotencyKey: 'b1f0c2d4-7e1a-4c55-9f0e-0a3c5d7e9b21',
        first: { at: '2026-10-20T23:52:01+08:00', sha256: '4f1c…', status: 503, retryAfter: 5 },
        resend: { at: '2026-10-20T23:52:03+08:00', sha256: '9a07…', note: 'sentAt changed' },
      },
    },
    'CL-L3-BACKOFF': { outcome: 'error', messages: [renderNote({ code: 'kit.network', params: { message: 'connect ECONNREFUSED 127.0.0.1:8443' } })] },
    'CL-L4-SIGNALS-S01': { outcome: 'skip', messages: [renderNote({ code: 'kit.prerequisite', params: { test: 'CL-L3-RESEND-SAME-BYTES' } })] },
    'CL-L4-SIGNALS-S02': { outcome: 'skip', messages: [renderNote({ code: 'kit.prerequisite', params: { test: 'CL-L3-RESEND-SAME-BYTES' } })] },
  };
  const results = TESTS.map((t) => {
    const o = outcomes[t.id];
    return o ? result(t, o.outcome, o) : result(t, t.strength === 'MAY' ? 'omit' : 'pass');
  });
  return assemble(results, { id: 'FS-SD-ZWFW-02', name: '顺德区政务服务平台', regionCode: '440606' });
}

/** Every sample test ID, for tests that look for each in a report. */
export const SAMPLE_TEST_IDS = TESTS.map((t) => t.id);
