/**
 * Writes conformance/scenarios/v1/*.json from the standard's Nanhai examples: times become
 * working days before the day of the test (the last day of each example falls two working days
 * before it), identifiers become placeholders. Run once when a scenario is added; the JSON
 * files are the source afterwards, reviewed like any data (expected signals are written by hand).
 */
import fs from 'node:fs';
import path from 'node:path';
import { dayOf, parseInstant, timeOfDay, workingCalendar } from '../../sdk/src/index.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const calendar = workingCalendar();
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?\+08:00$/;

type Rec = Record<string, unknown>;
const read = (f: string): Rec[] => JSON.parse(fs.readFileSync(path.join(ROOT, 'examples/valid', f), 'utf8')).records;

function hhmmss(ms: number): string {
  const t = Math.floor(timeOfDay(ms) / 1000);
  return [Math.floor(t / 3600), Math.floor(t / 60) % 60, t % 60].map((n) => String(n).padStart(2, '0')).join(':');
}

/** Templates from records: instants relative to the last day (at −lastOffset working days), IDs as placeholders. */
function templates(records: Rec[], refs: Record<string, string>, lastOffset = 2): Rec[] {
  const instants: number[] = [];
  const collect = (v: unknown): void => {
    if (typeof v === 'string' && INSTANT.test(v)) instants.push(parseInstant(v));
    else if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === 'object') Object.values(v).forEach(collect);
  };
  records.forEach(collect);
  const lastDay = dayOf(Math.max(...instants));
  const index = (day: number) => calendar.countBefore(day);
  const ids = Object.entries(refs).sort((a, b) => b[0].length - a[0].length);
  const walk = (v: unknown, key?: string): unknown => {
    if (typeof v === 'string') {
      if (INSTANT.test(v)) {
        const ms = parseInstant(v);
        const n = index(lastDay) - index(dayOf(ms)) + lastOffset;
        return `{{t:${n >= 0 ? '-' : '+'}${Math.abs(n)}wd@${hhmmss(ms)}}}`;
      }
      for (const [id, ref] of ids) {
        if (key === 'caseNumber' || key === 'queryCode') continue;
        if (v === id || v.startsWith(`${id}-`)) return `{{case:${ref}}}${v.slice(id.length)}`;
      }
      return v;
    }
    if (Array.isArray(v)) return v.map((x) => walk(x));
    if (v && typeof v === 'object') {
      const o = v as Rec;
      const out: Rec = {};
      for (const [k, x] of Object.entries(o)) out[k] = walk(x, k);
      if (o.recordType === 'case') {
        const ref = refs[o.id as string];
        out.caseNumber = `{{caseNumber:${ref}}}`;
        out.queryCode = `{{queryCode:${ref}}}`;
      }
      // records other than cases and events take IDs derived from their case, unique to the run
      if (o.recordType && o.recordType !== 'case' && o.recordType !== 'event' && typeof o.caseId === 'string') {
        out.id = `{{case:${refs[o.caseId]}}}-${String(o.recordType).slice(0, 2).toUpperCase()}${String(o.id).slice(-2).replace(/\D/g, '1')}`;
      }
      return out;
    }
    return v;
  };
  return records.filter((r) => ['case', 'event', 'fee', 'evaluation'].includes(r.recordType as string)).map((r) => walk(r) as Rec);
}

interface Draft {
  id: string; title_zh: string; title_en: string; instructions_zh: string[]; instructions_en: string[];
  cases: Record<string, string>; records: Rec[]; expect: { signals: { case: string; rule: string; level: string }[] };
}

function write(d: Draft, file: string): void {
  const out = { $schema: '../scenario.schema.json', ...d };
  fs.writeFileSync(path.join(ROOT, 'conformance/scenarios/v1', file), JSON.stringify(out, null, 2) + '\n');
}

const ev = (id: string) => food.find((r) => r.id === id)!;
const at = (r: Rec, occurredAt: string): Rec => ({ ...r, occurredAt, recordedAt: occurredAt.replace(/:(\d{2})\+/, (_m, s) => `:${String(Math.min(59, Number(s) + 20)).padStart(2, '0')}+`) });
const food = read('04-promised-food-business-licence.json');
const FOOD = { 'CS-NH-20260401-0208': 'A' };

write({
  id: 'SC-PROMISED', title_zh: '承诺件按时办结', title_en: 'A promised case concluded on time',
  instructions_zh: ['南海区市场监管局在线收件一宗食品经营许可申请，当日受理，经审查、批准后准予许可，发证并办结，次日送达证照。', '报送该办件及其8个事件和申请人的好差评。'],
  instructions_en: ['Nanhai market regulation receives a food business licence application online, accepts it the same day, reviews and approves it, grants it, issues and concludes, and delivers the licence the next day.', 'Report the case, its 8 events and the applicant\'s evaluation.'],
  cases: { A: '食品经营许可 food business licence' }, records: templates(food, FOOD), expect: { signals: [] },
}, 'promised.json');

write({
  id: 'SC-SUPPLEMENT', title_zh: '补正后受理', title_en: 'Accepted after a supplement round',
  instructions_zh: ['南海区卫生健康局收件公共场所卫生许可申请，材料不齐，一次性告知补正（办件报为补正件）；申请人补齐材料后受理，办件改报为承诺件（第2版），按时办结。'],
  instructions_en: ['Nanhai health receives a public venue hygiene licence application with materials missing and gives one notice of everything to supplement (the case is reported as a supplement case); once the applicant supplies them it is accepted, the case is reported again as a promised case (revision 2), and it concludes on time.'],
  cases: { A: '公共场所卫生许可 public venue hygiene licence' },
  records: templates(read('05-supplement-public-venue-hygiene.json'), { 'CS-NH-20260428-0311': 'A' }), expect: { signals: [] },
}, 'supplement.json');

write({
  id: 'SC-PARALLEL', title_zh: '并联审批“一件事”', title_en: 'A parallel one-stop case',
  instructions_zh: ['南海区行政服务中心一窗受理开办旅馆“一件事”，分送卫生健康局和市场监管局并联办理，两部门办结后汇总办结。'],
  instructions_en: ['The Nanhai service centre accepts the "open a hotel" one-stop case at one window and dispatches it to health and market regulation in parallel; both conclude and the centre concludes the whole.'],
  cases: { A: '主件 one-stop case', B: '卫生许可子件 hygiene sub-case', C: '食品经营许可子件 food licence sub-case' },
  // the one-stop item requires the centre's own UNDERTAKE and CONCLUDE stages, which the example leaves out
  records: templates(read('06-parallel-one-stop-hotel.json').flatMap((r) => {
    if (r.id !== 'CS-NH-20260309-0112-E07') return [r];
    const stage = (n: string, stageCode: string, t: string) => ({ ...at(r, t), id: `CS-NH-20260309-0112-${n}`, eventType: 'STAGE_COMPLETED', stage: stageCode });
    return [stage('G01', 'UNDERTAKE', '2026-03-12T15:50:10+08:00'), stage('G02', 'CONCLUDE', '2026-03-12T15:58:40+08:00'), r];
  }), { 'CS-NH-20260309-0112': 'A', 'CS-NH-20260309-0113': 'B', 'CS-NH-20260309-0114': 'C' }), expect: { signals: [] },
}, 'parallel.json');

write({
  id: 'SC-FEE', title_zh: '依标准收费', title_en: 'A fee charged by the standard',
  instructions_zh: ['南海区不动产登记中心受理一宗住宅转移登记，按标准收取登记费80元，按时办结并发证。'],
  instructions_en: ['Nanhai real estate registration accepts a residential transfer, charges the standard fee of 80 yuan and concludes on time.'],
  cases: { A: '不动产登记 real estate registration' },
  // the example's review ran past its stage budget; here every stage keeps to it
  records: templates(read('14-fee-real-estate-registration.json').map((r) => {
    const times: Record<string, string> = {
      'CS-NH-20260323-0056-E03': '2026-03-25T17:20:44+08:00', 'CS-NH-20260323-0056-E04': '2026-03-26T10:00:12+08:00',
      'CS-NH-20260323-0056-E05': '2026-03-26T10:05:37+08:00', 'CS-NH-20260323-0056-E06': '2026-03-26T15:00:05+08:00',
      'CS-NH-20260323-0056-E07': '2026-03-26T15:00:50+08:00', 'CS-NH-20260323-0056-E08': '2026-03-27T10:00:27+08:00',
    };
    const t = times[r.id as string];
    return t ? at(r, t) : r;
  }), { 'CS-NH-20260323-0056': 'A' }), expect: { signals: [] },
}, 'fee.json');

/** Moves events of the food licence (by the suffix of their ID) to new times, their recordedAt with them. */
const reschedule = (recs: Rec[], times: Record<string, string>) => {
  for (const [suffix, t] of Object.entries(times)) {
    const id = `CS-NH-20260401-0208-${suffix}`;
    Object.assign(recs.find((r) => r.id === id)!, at(ev(id), t));
  }
};
// Variants of the food licence: the same case with one thing different.
const variant = (changes: (recs: Rec[]) => Rec[]) => changes(food.map((r) => ({ ...r })));

write({
  id: 'SC-SPECIAL-PROCEDURE', title_zh: '特别程序（专家评审）不计入期限', title_en: 'A special procedure (expert review) outside the limit',
  instructions_zh: ['食品经营许可审查后组织专家评审（特别程序，书面告知预计10个工作日），评审结束后批准并办结；扣除特别程序后未超期。'],
  instructions_en: ['After review, the food licence goes to expert review (a special procedure, notified as 10 working days); after it the case is approved and concluded, within its limit once the special procedure is left out.'],
  cases: { A: '食品经营许可 food business licence' },
  records: templates(variant((recs) => {
    const i = recs.findIndex((r) => r.id === 'CS-NH-20260401-0208-E04');
    const start = { ...at(ev('CS-NH-20260401-0208-E03'), '2026-04-03T16:40:00+08:00'), id: 'CS-NH-20260401-0208-S01', eventType: 'SUSPENSION_STARTED', stage: undefined, suspensionType: 'EXPERT_REVIEW', notifiedDuration: { value: 10, unit: 'WORKING_DAY' }, opinion: '组织专家评审，所需时间不计入审批期限，已书面告知申请人预计10个工作日' };
    const end = { ...at(ev('CS-NH-20260401-0208-E03'), '2026-04-14T11:00:00+08:00'), id: 'CS-NH-20260401-0208-S02', eventType: 'SUSPENSION_ENDED', stage: undefined, suspensionEventId: 'CS-NH-20260401-0208-S01', opinion: '专家评审完成' };
    reschedule(recs, { E04: '2026-04-15T10:05:12+08:00', E05: '2026-04-15T10:06:30+08:00', E06: '2026-04-15T15:30:18+08:00', E07: '2026-04-15T15:31:02+08:00', E08: '2026-04-16T10:30:00+08:00' });
    const ev1 = recs.find((r) => r.recordType === 'evaluation')!;
    ev1.evaluatedAt = '2026-04-16T12:45:09+08:00';
    ev1.comment = '专家评审后很快就批了';
    recs.splice(i, 0, JSON.parse(JSON.stringify(start)), JSON.parse(JSON.stringify(end)));
    return recs;
  }), FOOD), expect: { signals: [] },
}, 'special-procedure.json');

write({
  id: 'SC-EXTENSION', title_zh: '经批准延长期限', title_en: 'A limit extended with approval',
  instructions_zh: ['食品经营许可现场核查需要更多时间，经负责人批准延长5个工作日并告知申请人，在延长后的期限内办结。'],
  instructions_en: ['The food licence needs more time for the on-site check; the head approves an extension of 5 working days, the applicant is told, and the case concludes within the extended limit.'],
  cases: { A: '食品经营许可 food business licence' },
  records: templates(variant((recs) => {
    const i = recs.findIndex((r) => r.id === 'CS-NH-20260401-0208-E03');
    const ext = { ...at(ev('CS-NH-20260401-0208-E02'), '2026-04-02T16:00:00+08:00'), id: 'CS-NH-20260401-0208-X01', eventType: 'EXTENSION_APPROVED', postId: 'P440605-SCJGJ-SH', handlerId: 'C440605-SCJGJ-03', handlerName: '陆俊熙', extension: { value: 5, unit: 'WORKING_DAY' }, approverId: 'C440605-SCJGJ-04', reasons: '经营场所需补充现场核查冷链设施，经负责人批准延长5个工作日，已书面告知申请人。', opinion: undefined };
    reschedule(recs, { E03: '2026-04-10T16:20:44+08:00', E04: '2026-04-13T10:05:12+08:00', E05: '2026-04-13T10:06:30+08:00', E06: '2026-04-13T15:30:18+08:00', E07: '2026-04-13T15:31:02+08:00', E08: '2026-04-14T10:30:00+08:00' });
    const ev1 = recs.find((r) => r.recordType === 'evaluation')!;
    ev1.evaluatedAt = '2026-04-14T12:45:09+08:00';
    recs.splice(i, 0, JSON.parse(JSON.stringify(ext)));
    return recs;
  }), FOOD),
  // the extension keeps the case within its limit; the review stage still overran its own budget
  expect: { signals: [{ case: 'A', rule: 'R-STAGE-PASSED', level: 'YELLOW_CARD' }] },
}, 'extension.json');

write({
  id: 'SC-DENIAL', title_zh: '说明理由和依据的不予许可', title_en: 'A denial with reasons and legal basis',
  instructions_zh: ['食品经营许可经现场核查不符合条件，作出不予许可决定，写明理由和法律依据，办结。'],
  instructions_en: ['The on-site check finds the food licence conditions unmet; a denial is decided with its reasons and legal basis, and the case concludes.'],
  cases: { A: '食品经营许可 food business licence' },
  records: templates(variant((recs) => {
    const out = recs.filter((r) => !['CS-NH-20260401-0208-E06', 'CS-NH-20260401-0208-E08'].includes(r.id as string) && r.recordType !== 'evaluation');
    Object.assign(out.find((r) => r.id === 'CS-NH-20260401-0208-E03')!, { opinion: '现场核查：加工操作区布局不符合要求，生熟分开设施缺失' });
    Object.assign(out.find((r) => r.id === 'CS-NH-20260401-0208-E04')!, { opinion: '不予许可' });
    Object.assign(out.find((r) => r.id === 'CS-NH-20260401-0208-E05')!, {
      decision: 'DENIED',
      reasons: '经现场核查，申请人的经营场所未设置与经营项目相适应的生熟分开加工操作设施，不符合食品经营许可条件，决定不予许可。申请人如不服本决定，可以自收到本决定之日起六十日内依法申请行政复议，或者在六个月内依法提起行政诉讼。',
      legalBasis: [{ title: '《中华人民共和国食品安全法》', article: '第三十五条' }, { title: '《中华人民共和国行政许可法》', article: '第三十八条' }],
    });
    return out;
  }), FOOD), expect: { signals: [] },
}, 'denial.json');

write({
  id: 'SC-LATE', title_zh: '超过承诺期限办结（应得黄牌）', title_en: 'Concluded after the promised limit (earns a yellow card)',
  instructions_zh: ['食品经营许可受理后审查和批准拖延，超过5个工作日的承诺期限才办结（未超过法定期限）。监察中心应先发出预警，再对超期和两个超时的环节发出黄牌。'],
  instructions_en: ['The food licence is reviewed and approved slowly and concluded after its promised limit of 5 working days (within the statutory limit). The centre should first warn, then raise yellow cards for the limit and for the two stages that overran.'],
  cases: { A: '食品经营许可 food business licence' },
  records: templates(variant((recs) => {
    reschedule(recs, { E03: '2026-04-09T16:20:44+08:00', E04: '2026-04-13T10:05:12+08:00', E05: '2026-04-13T10:06:30+08:00', E06: '2026-04-13T15:30:18+08:00', E07: '2026-04-13T15:31:02+08:00', E08: '2026-04-14T10:30:00+08:00' });
    const ev1 = recs.find((r) => r.recordType === 'evaluation')!;
    Object.assign(ev1, { evaluatedAt: '2026-04-14T12:45:09+08:00', comment: '比承诺的时间晚了几天，不过服务态度还好' });
    return recs;
  }), FOOD),
  expect: {
    signals: [
      { case: 'A', rule: 'R-LIMIT-NEAR', level: 'WARNING' },
      { case: 'A', rule: 'R-LIMIT-PASSED', level: 'YELLOW_CARD' },
      { case: 'A', rule: 'R-STAGE-PASSED', level: 'YELLOW_CARD' },
      { case: 'A', rule: 'R-STAGE-PASSED', level: 'YELLOW_CARD' },
    ],
  },
}, 'late.json');
