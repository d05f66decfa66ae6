/**
 * Synthetic Foshan batches for benchmarks: a deterministic stream of schema-valid cases with
 * about six events each, in realistic proportions. Not test data: examples/ holds that.
 */
import { usccCheckCharacter } from '../sdk/src/identifiers/gb32100.js';
import { rng } from '../conformance/src/simulate/rng.js';

const DISTRICTS = ['440604', '440605', '440606', '440607', '440608'];
const UNITS = DISTRICTS.flatMap((d) => ['SCJ', 'ZJJ', 'WJJ', 'SPJ'].map((u) => `U-${d}-${u}`));
const ITEMS = ['11440605007502431X4440115001000', '11440605007502431X4440115002000', '11440606MB2C93078R4440111003000', '11440604007010512K4440112005000'];
const STAGES = ['ACCEPT', 'UNDERTAKE', 'REVIEW', 'APPROVE'];

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const at = (base: number, minutes: number) => {
  const d = new Date(base + minutes * 60_000 + 8 * 3600_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00+08:00`;
};

function uscc(n: number): string {
  const body = `91440605MA${String(n).padStart(7, '0')}`.slice(0, 17);
  return body + usccCheckCharacter(body);
}

export const SENT_AT = '2026-12-31T18:00:00+08:00';

export function header(recordCount: number) {
  return { standardVersion: '1.0.0', profile: 'foshan', senderSystemId: 'bench-platform', senderUnitId: 'U-440605-CENTRE', regionCode: '440605', sequenceNumber: 1, sentAt: SENT_AT, recordCount };
}

/** Records of `cases` cases, generated lazily in case order. */
export function* records(cases: number, seed = 1): Generator<Record<string, unknown>> {
  const r = rng(seed);
  const t0 = Date.parse('2026-10-08T09:00:00+08:00');
  for (let i = 0; i < cases; i++) {
    const district = DISTRICTS[i % 5];
    const unit = UNITS[Math.floor(r() * UNITS.length)];
    const id = `C${district}-${i}`;
    const start = t0 + Math.floor(r() * 20) * 86_400_000 + Math.floor(r() * 480) * 60_000;
    const org = r() < 0.4;
    yield {
      recordType: 'case', id, caseNumber: `FS${district}${String(i).padStart(10, '0')}`,
      itemCode: ITEMS[i % ITEMS.length], caseType: r() < 0.6 ? 'PROMISED' : 'IMMEDIATE', channel: r() < 0.5 ? 'ONLINE' : 'WINDOW',
      online: r() < 0.5, handlingUnitId: unit, regionCode: district,
      applicant: org
        ? { kind: 'ORGANISATION', name: '佛山市南海区某某食品贸易有限公司', idType: 'USCC', idNumber: uscc(i % 9_999_999) }
        : { kind: 'PERSON', name: '陈*', idType: 'RESIDENT_ID', idNumberMasked: '440605********123X', idNumberDigest: (i * 2654435761 >>> 0).toString(16).padStart(8, '0').repeat(8) },
      subject: '申请食品经营许可（新办），经营项目：预包装食品销售、热食类食品制售',
      receivedAt: at(start, 0),
    };
    let minute = 0;
    const ev = (n: number, eventType: string, extra: Record<string, unknown> = {}) => ({
      recordType: 'event', id: `${id}-E${n}`, caseId: id, eventType, occurredAt: at(start, minute), unitId: unit,
      postId: `${unit}-P1`, handlerId: `${unit}-H${n}`, handlerName: '李*', ...extra,
    });
    yield ev(0, 'RECEIVED');
    minute += 20;
    yield ev(1, 'ACCEPTED', { opinion: '申请材料齐全，符合法定形式，予以受理。' });
    for (let s = 1; s < STAGES.length - 1; s++) {
      minute += 60 * 24 * (1 + Math.floor(r() * 3));
      yield ev(1 + s, 'STAGE_COMPLETED', { stage: STAGES[s], opinion: '经审查，符合条件，同意。' });
    }
    minute += 60 * 24;
    yield ev(4, 'DECIDED', { decision: 'GRANTED', legalBasis: [{ title: '《中华人民共和国食品安全法》', article: '第三十五条' }] });
    minute += 30;
    yield ev(5, 'CONCLUDED');
  }
}

/** The number of records `records(cases)` yields. */
export const RECORDS_PER_CASE = 7;
