import {
  clockSettings, createBatch, dayOf, formatDay, formatInstant, parseDay, profile as findProfile, startOf,
  type Batch, type CaseEvent, type CaseRecord, type Complaint, type Evaluation, type Fee, type Feedback, type FsjcRecord, type Profile,
} from '@fsjc/sdk';
import { rng } from './rng.js';
import { catalogue, centreId, itemCode, ITEM_TEMPLATES, registry, unitId, unitStyle, uscc, type ItemTemplate } from './city.js';

/** How often each kind of trouble happens, per case (refusalNoReasons: per refusal; lateReport: per district-day batch; feedback: per card). */
export interface Knobs {
  refusal: number;
  refusalNoReasons: number;
  supplement: number;
  inspection: number;
  extension: number;
  denial: number;
  lateStage: number;
  lateCase: number;
  feeAnomaly: number;
  lateReport: number;
  feedback: number;
  /** Per concluded case: an evaluation (好差评); per evaluation: a bad review; per bad review: corrected late or never. */
  evaluation: number;
  badReview: number;
  badReviewLate: number;
  /** Per case: a complaint; per complaint: found substantiated. */
  complaint: number;
  substantiated: number;
}

/** Defaults tuned to the shape one city reported: about 93 yellow and 40 red cards in 246,599 cases a year. */
export const DEFAULT_KNOBS: Knobs = {
  refusal: 0.02, refusalNoReasons: 0.00003, supplement: 0.08, inspection: 0.3, extension: 0.01, denial: 0.02,
  lateStage: 0.00012, lateCase: 0.0002, feeAnomaly: 0.00002, lateReport: 0.002, feedback: 0.57,
  evaluation: 0.3, badReview: 0.01, badReviewLate: 0.0001, complaint: 0.0005, substantiated: 0.4,
};

export interface SimulationOptions {
  profile?: string;
  days: number;
  casesPerDay: number;
  seed: number;
  /** First day, YYYY-MM-DD (default 2026-10-08). */
  start?: string;
  knobs?: Partial<Knobs>;
}

export interface SimulatedBatch { name: string; batch: Batch }

const MIN = 60_000;

/**
 * A synthetic city (FSJC-SIG vectors, demos, benchmarks): schema-valid batches for the profile's
 * districts over `days` days, a realistic mix of items, with controlled shares of refusals,
 * supplements, special procedures, extensions, denials, late stages and cases, fee anomalies, late
 * reports and units' feedback on their cards. Deterministic for a seed.
 */
export function simulate(options: SimulationOptions): SimulatedBatch[] {
  const p: Profile = findProfile(options.profile);
  const k: Knobs = { ...DEFAULT_KNOBS, ...options.knobs };
  const r = rng(options.seed);
  // evaluations and complaints draw from a stream of their own, so adding them changes nothing else
  const r2 = rng(options.seed * 7919 + 17);
  const { calendar, office } = clockSettings({ profile: p.name });
  const first = parseDay(options.start ?? '2026-10-08');
  const last = first + options.days - 1;
  const endOfSimulation = startOf(last) + 86_400_000;
  const weights = ITEM_TEMPLATES.reduce((s, t) => s + t.weight, 0);
  const pick = () => {
    let x = r() * weights;
    for (const t of ITEM_TEMPLATES) if ((x -= t.weight) < 0) return t;
    return ITEM_TEMPLATES[0];
  };
  // an instant within office hours of a working day, `frac` of the way through them
  const officeAt = (day: number, frac: number) => office.instant(calendar, calendar.countBefore(day) * office.perDay + 1000 * Math.max(1, Math.floor((frac * (office.perDay - 60 * MIN)) / 1000)));
  const later = (t: number, minutes: number) => t + minutes * MIN;
  const wd = (day: number, n: number) => (n <= 0 ? day : calendar.nthWorkingDayAfter(day, n));

  // records by the day they happen and the district that reports them
  const byDay = new Map<string, FsjcRecord[]>();
  const put = (district: string, at: number, rec: FsjcRecord) => {
    if (at >= endOfSimulation) return;
    const key = `${formatDay(dayOf(at))}|${district}`;
    const list = byDay.get(key) ?? [];
    list.push(rec);
    byDay.set(key, list);
  };
  const stages = p.stages.filter((s) => s !== 'RECEIVE');
  const middle = stages.filter((s) => !['ACCEPT', 'CONCLUDE', 'ISSUE'].includes(s));
  let seq = 0;
  for (let day = first; day <= last; day++) {
    if (!calendar.isWorkingDay(day)) continue;
    for (let i = 0; i < options.casesPerDay; i++) {
      const district = p.districts[Math.floor(r() * p.districts.length)];
      const t = pick();
      const unit = unitId(district, t.department);
      const id = `${district}-${formatDay(day).replaceAll('-', '')}-${String(++seq).padStart(6, '0')}`;
      const events: CaseEvent[] = [];
      let n = 0;
      const ev = (eventType: CaseEvent['eventType'], at: number, extra: Partial<CaseEvent> = {}) => {
        const e = { recordType: 'event', id: `${id}-E${String(++n).padStart(2, '0')}`, caseId: id, eventType, occurredAt: formatInstant(at), unitId: unit, ...extra } as CaseEvent;
        events.push(e);
        return e;
      };
      const received = officeAt(day, r() * 0.8);
      const style = unitStyle(unit);
      const c: CaseRecord = {
        recordType: 'case', id, caseNumber: id.replaceAll('-', ''), itemCode: itemCode(district, t), itemVersion: '2026.1',
        caseType: t.immediate ? 'IMMEDIATE' : 'PROMISED', channel: r() < 0.55 ? 'ONLINE' : 'WINDOW', online: r() < style.online,
        handlingUnitId: unit, acceptingUnitId: centreId(district), regionCode: district,
        applicant: { kind: 'ORGANISATION', name: '某某企业管理有限公司', idType: 'USCC', idNumber: uscc(id) }, subject: `申请${t.name}`,
        receivedAt: formatInstant(received), handlingMode: 'SINGLE',
      };
      put(district, received, c);
      ev('RECEIVED', received);
      const cards: string[] = [];
      const caseEnd = timeline(t, c, received);
      for (const e of events) put(district, Date.parse(e.occurredAt), e);
      afterCare(district, unit, id, caseEnd, events.some((e) => e.eventType === 'CONCLUDED'));
      // the unit answers some of its cards two working days after they open
      for (const signalId of cards) {
        if (r() >= k.feedback) continue;
        const at = officeAt(wd(dayOf(caseEnd), 2), 0.3);
        put(district, at, { recordType: 'feedback', id: `${id}-F${cards.indexOf(signalId) + 1}`, signalId, kind: 'EXPLANATION', unitId: unit, submittedAt: formatInstant(at), content: '已说明超时原因并整改' } as Feedback);
      }

      function timeline(t: ItemTemplate, c: CaseRecord, received: number): number {
        if (t.immediate) {
          ev('ACCEPTED', later(received, 5), { handlerId: `${unit}-02`, postId: `${unit}-SL` });
          ev('DECIDED', later(received, 20), { decision: 'GRANTED', handlerId: `${unit}-03` });
          const issueFirst = stages.indexOf('ISSUE') >= 0 && stages.indexOf('ISSUE') < stages.indexOf('CONCLUDE');
          ev(issueFirst ? 'CERTIFICATE_ISSUED' : 'CONCLUDED', later(received, 25), issueFirst ? { certificateNumber: `${id}-ZS` } : {});
          ev(issueFirst ? 'CONCLUDED' : 'CERTIFICATE_ISSUED', later(received, 26), issueFirst ? {} : { certificateNumber: `${id}-ZS` });
          ev('CERTIFICATE_DELIVERED', later(received, 27), { deliveryMethod: 'COUNTER' });
          return later(received, 27);
        }
        if (r() < k.refusal) {
          const noReasons = r() < k.refusalNoReasons / k.refusal;
          const e = ev('NOT_ACCEPTED', later(received, 20), noReasons ? {} : { reasons: '申请事项不属于本机关职权范围', legalBasis: [{ title: '《中华人民共和国行政许可法》', article: '第三十二条' }] });
          if (noReasons) cards.push(`SG:R-NO-REASONS:${id}:${e.id}`);
          return later(received, 20);
        }
        let cursor = later(received, 10 + Math.floor(r() * 60));
        if (r() < k.supplement) {
          const notice = ev('SUPPLEMENT_NOTICE', later(received, 15), { materials: ['营业执照副本'] });
          const back = officeAt(wd(dayOf(received), 1 + Math.floor(r() * 3)), r() * 0.5);
          ev('SUPPLEMENT_RECEIVED', back, { suspensionEventId: notice.id });
          cursor = later(back, 10);
        }
        ev('ACCEPTED', cursor, { handlerId: `${unit}-02`, postId: `${unit}-SL`, opinion: '材料齐全，予以受理' });
        if (t.fee) {
          const anomalous = r() < k.feeAnomaly;
          put(c.regionCode, later(cursor, 5), { recordType: 'fee', id: `${id}-FEE`, caseId: id, unitId: unit, feeCode: t.fee.code, name: t.fee.name, standardAmount: t.fee.amount, chargedAmount: anomalous ? '600.00' : t.fee.amount, chargedAt: formatInstant(later(cursor, 5)) } as Fee);
          if (anomalous) cards.push(`SG:R-FEE-ABOVE-STANDARD:${id}:${id}-FEE`);
        }
        const lateCase = r() < k.lateCase;
        if (t.inspection && r() < k.inspection) {
          const s = ev('SUSPENSION_STARTED', later(cursor, 60), { suspensionType: 'INSPECTION', notifiedDuration: { value: 5, unit: 'WORKING_DAY' } });
          const end = officeAt(wd(dayOf(cursor), 2 + Math.floor(r() * 5)), r());
          ev('SUSPENSION_ENDED', end, { suspensionEventId: s.id });
          cursor = end;
        }
        if (r() < k.extension) ev('EXTENSION_APPROVED', later(cursor, 30), { extension: { value: 10, unit: 'WORKING_DAY' }, approverId: `${unit}-04`, reasons: '需现场核查' });
        for (const [i, stage] of middle.entries()) {
          const budget = Math.max(1, Math.round(t.work / middle.length));
          let days = Math.floor(r() * budget * style.pace);
          if (r() < k.lateStage) { days = budget + 1 + Math.floor(r() * 3); cards.push(`SG:R-STAGE-PASSED:${id}:STAGE:${stage}`); }
          if (lateCase && i === 0) days = Math.max(days, t.promised + 2);
          const done = days === 0 ? later(cursor, 30 + Math.floor(r() * 90)) : officeAt(wd(dayOf(cursor), days), r());
          ev('STAGE_COMPLETED', done, { stage, handlerId: stage === 'APPROVE' || i === middle.length - 1 ? `${unit}-03` : `${unit}-02`, postId: `${unit}-SP`, opinion: '同意' });
          cursor = done;
        }
        if (lateCase) cards.push(`SG:R-LIMIT-PASSED:${id}:PROMISED`);
        const denied = r() < k.denial;
        ev('DECIDED', later(cursor, 10), denied
          ? { decision: 'DENIED', reasons: '经审查不符合许可条件', legalBasis: [{ title: '《中华人民共和国行政许可法》', article: '第三十八条' }], handlerId: `${unit}-03` }
          : { decision: 'GRANTED', handlerId: `${unit}-03` });
        if (denied) { ev('CONCLUDED', later(cursor, 20)); return later(cursor, 20); }
        const issueFirst = stages.indexOf('ISSUE') >= 0 && stages.indexOf('ISSUE') < stages.indexOf('CONCLUDE');
        ev(issueFirst ? 'CERTIFICATE_ISSUED' : 'CONCLUDED', later(cursor, 30), issueFirst ? { certificateNumber: `${id}-ZS` } : {});
        ev(issueFirst ? 'CONCLUDED' : 'CERTIFICATE_ISSUED', later(cursor, 31), issueFirst ? {} : { certificateNumber: `${id}-ZS` });
        const delivered = officeAt(wd(dayOf(cursor), 1), 0.1);
        ev('CERTIFICATE_DELIVERED', delivered, { deliveryMethod: r() < 0.5 ? 'COUNTER' : 'MAIL' });
        return delivered;
      }
    }
  }

  // an applicant's evaluation after the conclusion, and now and then a complaint (FSJC-SCO-106, 107, 114)
  function afterCare(district: string, unit: string, caseId: string, end: number, concluded: boolean): void {
    if (concluded && r2() < k.evaluation) {
      const bad = r2() < k.badReview * unitStyle(unit).bad;
      const at = officeAt(wd(dayOf(end), 1), r2());
      const rectifiedAt = bad && r2() >= k.badReviewLate / k.badReview ? officeAt(wd(dayOf(at), 1 + Math.floor(r2() * 3)), r2()) : undefined;
      const evaluation = {
        recordType: 'evaluation', id: `${caseId}-PJ`, caseId, unitId: unit, contactId: `${unit}-03`, channel: r2() < 0.6 ? 'ONLINE' : 'WINDOW', scale: 5,
        level: bad ? (r2() < 0.5 ? 'DISSATISFIED' : 'VERY_DISSATISFIED') : r2() < 0.8 ? 'VERY_SATISFIED' : r2() < 0.8 ? 'SATISFIED' : 'BASICALLY_SATISFIED',
        evaluatedAt: formatInstant(at), ...(bad ? { comment: '办理时间较长' } : {}),
      } as Evaluation;
      put(district, at, evaluation);
      // the correction is a later revision, reported when it happens (FSJC-DATA-004)
      if (rectifiedAt) put(district, rectifiedAt, { ...evaluation, revision: 2, rectifiedAt: formatInstant(rectifiedAt), rectification: '已联系申请人说明并改进' });
    }
    if (r2() < k.complaint) {
      const at = officeAt(wd(dayOf(end), 1), r2() * 0.5);
      const answered = officeAt(wd(dayOf(at), 3 + Math.floor(r2() * 5)), r2());
      put(district, answered, {
        recordType: 'complaint', id: `${caseId}-TS`, caseId, unitId: unit, contactId: `${unit}-02`, channel: 'HOTLINE', category: r2() < 0.5 ? 'DELAY' : 'ATTITUDE',
        summary: '反映办理进度', receivedAt: formatInstant(at), answeredAt: formatInstant(answered), substantiated: r2() < k.substantiated, result: '已答复',
      } as Complaint);
    }
  }

  const out: SimulatedBatch[] = [];
  const centre = `U${p.cityCode}-JCZX`;
  const sentBefore = formatInstant(startOf(first) - 5 * 3_600_000);
  out.push({ name: '00-registry.json', batch: createBatch({ senderSystemId: `SIM-${p.cityCode}`, senderUnitId: centre, regionCode: p.cityCode, profile: p.name }, { sequenceNumber: 1, sentAt: sentBefore }, [...registry(p), ...catalogue(p)]) });
  const sequence = new Map<string, number>();
  for (const key of [...byDay.keys()].sort()) {
    const [date, district] = key.split('|');
    const records = byDay.get(key)!;
    const d = parseDay(date);
    const late = r() < k.lateReport;
    const sentAt = formatInstant(startOf(late ? wd(d, 2) : d) + 19 * 3_600_000);
    const n = (sequence.get(district) ?? 0) + 1;
    sequence.set(district, n);
    out.push({
      name: `${date}-${district}.json`,
      batch: createBatch({ senderSystemId: `SIM-${district}`, senderUnitId: centreId(district), regionCode: district, profile: p.name }, { sequenceNumber: n, sentAt }, records),
    });
  }
  return out;
}
