import assert from 'node:assert/strict';
import {
  afterFindings, caseFindings, checkMethod, createBatch, evaluate, lifecycle, METHOD_V1, methodFor, parseInstant, parsePeriod, previousPeriod, profile,
  record, renderDocument, rulesFor, RULES_V1, score, scoreRecords, setup, signalId, signalMessage, World, worldFindings, type FsjcRecord,
} from '@fsjc/sdk';
import { example } from './example.js';

const WD = (value: number) => ({ value, unit: 'WORKING_DAY' as const });
// a case accepted on Monday 12 October 2026 with a promised limit of 5 working days, never concluded
const late = [
  { recordType: 'unit', id: 'U1', name: '佛山市南海区市场监督管理局', unitType: 'DISTRICT_DEPARTMENT', adminLevel: 'DISTRICT', regionCode: '440605' },
  { recordType: 'contact', id: 'P1', unitId: 'U1', name: '李*', roles: ['WARNING_CONTACT'], mobile: '13800000000' },
  { recordType: 'case', id: 'C1', caseNumber: 'C1', itemCode: 'ITEM-1', caseType: 'PROMISED', channel: 'WINDOW', handlingUnitId: 'U1', regionCode: '440605', applicant: { kind: 'ORGANISATION', name: '某公司' }, receivedAt: '2026-10-12T09:00:00+08:00', statutoryLimit: WD(20), promisedLimit: WD(5) },
  { recordType: 'event', id: 'E1', caseId: 'C1', eventType: 'RECEIVED', occurredAt: '2026-10-12T09:00:00+08:00', unitId: 'U1' },
  { recordType: 'event', id: 'E2', caseId: 'C1', eventType: 'ACCEPTED', occurredAt: '2026-10-12T10:00:00+08:00', unitId: 'U1' },
] as FsjcRecord[];
const asOf = parseInstant('2026-10-21T09:00');

example('evaluate', () => {
  const { signals, nextChangeAt } = evaluate([{ records: late }], asOf);
  const card = signals.find((s) => s.ruleId === 'R-LIMIT-PASSED')!;
  assert.equal(card.level, 'YELLOW_CARD');
  assert.equal(card.openedAt, '2026-10-20T00:00:00+08:00');
  assert.ok(nextChangeAt! > asOf);
});
example('setup', () => {
  const s = setup({ profile: 'maoming' });
  assert.deepEqual(s.rules.rules.find((r) => r.id === 'R-LIMIT-NEAR')!.params.before, WD(2));
});
example('caseFindings', () => {
  const found = caseFindings(new World([{ records: late }]), 'C1', asOf, setup());
  assert.ok(found.findings.some((f) => f.rule.id === 'R-LIMIT-PASSED'));
});
example('worldFindings', () => {
  // rules over all records (disclosure, complaints, reviews, observations, denial rates): none here
  assert.deepEqual(worldFindings(new World([{ records: late }]), asOf, setup()).findings, []);
});
example('afterFindings', () => {
  // repeated offences look at what the other rules found: one late case is not repeated
  const world = new World([{ records: late }]);
  const s = setup();
  assert.deepEqual(afterFindings(world, asOf, s, caseFindings(world, 'C1', asOf, s).findings), []);
});
example('lifecycle', () => {
  const world = new World([{ records: late }]);
  const s = setup();
  const finding = caseFindings(world, 'C1', asOf, s).findings.find((f) => f.rule.id === 'R-LIMIT-PASSED')!;
  const life = lifecycle(finding, { world, asOf, profile: s.profile, settings: s.settings }, s.rules);
  assert.equal(life.signals[0].status, 'NOTIFIED');
  assert.equal(life.notifications[0].contactId, 'P1');
});
example('signalId', () => assert.equal(signalId('R-LIMIT-PASSED', 'C1', 'PROMISED'), 'SG:R-LIMIT-PASSED:C1:PROMISED'));
example('signalMessage', () => {
  const card = evaluate([{ records: late }], asOf).signals.find((s) => s.ruleId === 'R-LIMIT-PASSED')!;
  assert.match(signalMessage(card, 'zh'), /C1/);
});
example('renderDocument', () => {
  const card = evaluate([{ records: late }], asOf).signals.find((s) => s.ruleId === 'R-LIMIT-PASSED')!;
  const html = renderDocument('SUPERVISION_NOTICE', card, { issuer: '佛山市电子监察中心', number: '佛电监督〔2026〕15号', issued: '2026-10-21' });
  assert.match(html, /督办通知书/);
});
example('rulesFor', () => {
  // xinyu switches off the denial-rate rule
  assert.ok(!rulesFor(profile('xinyu')).rules.some((r) => r.id === 'R-DENIAL-OUTLIER'));
  assert.equal(rulesFor(profile('foshan')).rules.length, RULES_V1.rules.length);
});

example('score', () => {
  const report = score(new World([{ records: late }]), { period: '2026-10', levels: ['DEPARTMENT'] });
  const u1 = report.subjects[0];
  assert.equal(u1.subjectId, 'U1');
  assert.equal(u1.ranked, false); // 1 case, fewer than 20
  assert.equal(u1.indicators.find((i) => i.indicatorId === 'overtimeRate')!.value, '1.000000');
});
example('scoreRecords', () => {
  const report = score(new World([{ records: late }]), { period: '2026-10', levels: ['DEPARTMENT'] });
  const [record] = scoreRecords(report, parseInstant('2026-11-02T09:00'));
  assert.equal(record.id, 'SC:DEPARTMENT:U1:2026-10');
});
example('methodFor', () => assert.equal(methodFor(profile('maoming')).minCases.MONTH, 10));
example('checkMethod', () => {
  assert.doesNotThrow(() => checkMethod(METHOD_V1));
  assert.throws(() => checkMethod({ ...METHOD_V1, tieBreakers: [{ key: 'speed', order: 'DESC' }] }), /names no indicator "speed"/);
});
example('parsePeriod', () => assert.equal(parsePeriod('2026-Q4').kind, 'QUARTER'));
example('previousPeriod', () => assert.equal(previousPeriod(parsePeriod('2026-01')).label, '2025-12'));

example('record', () => {
  const unit = record('unit', { id: 'U1', name: '佛山市南海区市场监督管理局', unitType: 'DISTRICT_DEPARTMENT', adminLevel: 'DISTRICT', regionCode: '440605' });
  assert.equal(unit.recordType, 'unit');
});
example('createBatch', () => {
  const batch = createBatch({ senderSystemId: 'NH-XZSP', senderUnitId: 'U440605-XZFW', regionCode: '440605' }, { sequenceNumber: 1, sentAt: '2026-10-12T20:00:00+08:00' }, late);
  assert.equal(batch.header.recordCount, late.length);
  assert.equal(batch.header.checksum?.algorithm, 'SM3');
});
