/**
 * Realistic input for the checks across records: the benchmark's synthetic cases, split into
 * batches, with the faults those checks find injected at fixed intervals — duplicate ids, references
 * to records of another type (before and after the record), references to nothing, events before
 * their case's receipt or read before their case, a RECEIVED event off the receipt time, ends
 * before their start or naming the wrong start, certificates delivered before issue. Every record
 * stays schema-valid, so each fault reaches the rules. The same arguments give the same batches.
 */
import { header, records } from '../../bench/synthetic.js';

type Rec = Record<string, unknown>;

const hour = 3_600_000;
const shift = (at: unknown, ms: number) => {
  const d = new Date(Date.parse(String(at)) + ms + 8 * hour);
  return d.toISOString().replace('.000Z', '+08:00');
};

/** The item, units and post the batches refer to, beside the references to what they lack. */
const ITEM: Rec = {
  recordType: 'item', id: 'I-FOOD-1', itemCode: '11440605007502431X4440115001000', name: '食品经营许可（新办）', itemType: 'ADMINISTRATIVE_LICENSING',
  implementingUnitId: 'U-440605-SCJ', regionCode: '440605', handlingMode: 'SINGLE', statutoryLimit: { value: 20, unit: 'WORKING_DAY' },
  promisedLimit: { value: 10, unit: 'WORKING_DAY' }, stages: [{ stage: 'ACCEPT', budget: { value: 1, unit: 'WORKING_DAY' }, required: true }, { stage: 'REVIEW', budget: { value: 5, unit: 'WORKING_DAY' }, required: true }],
  free: true, disclosures: { content: true, procedure: true, legalBasis: true, materials: true, promisedLimit: true, feeStandard: true },
};
const unit = (id: string, regionCode: string): Rec => ({ recordType: 'unit', id, name: '佛山市某区市场监督管理局', unitType: 'DISTRICT_DEPARTMENT', adminLevel: 'DISTRICT', regionCode });
/** A post that takes a unit's id: references to that unit name a post. */
const POST_AS_UNIT: Rec = { recordType: 'post', id: 'U-440606-WJJ', unitId: 'U-440605-SCJ', name: '审批岗' };

export interface FaultyBatch { header: Rec; records: Rec[] }

/** `cases` synthetic cases with faults, in `files` batches. */
export function faultyBatches(cases: number, files = 3, seed = 7): FaultyBatch[] {
  const all: Rec[][] = [];
  let group: Rec[] = [];
  for (const r of records(cases, seed)) {
    if (r.recordType === 'case' && group.length) {
      all.push(group);
      group = [];
    }
    group.push({ ...r });
  }
  all.push(group);

  const out: Rec[] = [ITEM, unit('U-440605-SCJ', '440605')];
  const later: Rec[] = [];
  all.forEach((g, i) => {
    const [c, ...events] = g;
    const ev = (n: number) => events[n];
    const extra: Rec[] = [];
    const event = (id: string, eventType: string, occurredAt: string, more: Rec = {}): Rec => ({
      recordType: 'event', id: `${c.id}-${id}`, caseId: c.id, eventType, occurredAt, unitId: ev(0).unitId, ...more,
    });
    if (i % 89 === 3) ev(2).occurredAt = shift(c.receivedAt, -24 * hour); // before the receipt
    if (i % 83 === 7) ev(0).occurredAt = shift(ev(0).occurredAt, 60_000); // RECEIVED off the receipt time
    if (i % 79 === 11) {
      const s = event('S', 'SUSPENSION_STARTED', String(ev(2).occurredAt), { suspensionType: 'TESTING', notifiedDuration: { value: 5, unit: 'WORKING_DAY' } });
      const e = event('X', 'SUSPENSION_ENDED', shift(ev(2).occurredAt, -hour), { suspensionEventId: s.id });
      extra.push(...(i % 2 ? [s, e] : [e, s])); // the end also read before its start
    }
    if (i % 73 === 13) extra.push(event('Y', 'SUSPENSION_ENDED', String(ev(3).occurredAt), { suspensionEventId: ev(1).id })); // names an acceptance
    if (i % 71 === 17) {
      const s = event('N', 'SUPPLEMENT_NOTICE', String(ev(2).occurredAt), { materials: ['营业执照复印件'] });
      extra.push(s, event('Z', 'SUSPENSION_ENDED', String(ev(3).occurredAt), { suspensionEventId: s.id }));
    }
    if (i % 67 === 19) {
      extra.push(event('CI', 'CERTIFICATE_ISSUED', String(ev(4).occurredAt), { certificateNumber: `JY1440605${String(i).padStart(4, '0')}` }));
      extra.push(event('CD', 'CERTIFICATE_DELIVERED', shift(ev(4).occurredAt, -hour)));
    }
    if (i % 61 === 23) later.push({ ...ev(1), revision: i % 2 ? 1 : 2 }); // the same id again, half with the same revision
    if (i % 59 === 29 && i > 0) ev(3).caseId = all[i - 1][1].id; // names an event read before
    if (i % 53 === 31 && i + 1 < all.length) ev(3).caseId = all[i + 1][1].id; // names an event read after
    if (i % 47 === 37) ev(5).caseId = `C-MISSING-${i % 5}`; // names nothing
    const ordered = i % 97 === 5 ? [...events, c] : g; // events read before their case
    out.push(...ordered, ...extra);
    if (i % 5 === 4) out.push(...later.splice(0));
    if (i === Math.floor(all.length / 3)) out.push(POST_AS_UNIT);
  });
  out.push(...later, unit('U-440607-SPJ', '440607')); // a unit after every reference to it

  const size = Math.ceil(out.length / files);
  return Array.from({ length: files }, (_, f) => {
    const part = out.slice(f * size, (f + 1) * size);
    return { header: header(part.length), records: part };
  });
}
