import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parseInstant } from '../clock/time.js';
import { CODELISTS } from '../generated/codelists.js';
import { RULES_V1 } from '../generated/rules.js';
import { profile, profileNames } from '../profiles/index.js';
import { renderDocument } from './documents.js';
import { evaluate } from './evaluate.js';
import { SIGNAL_CATALOGUES, signalMessage } from './messages.js';
import { RULE_MODULE } from './rules/index.js';
import { rulesFor } from './ruleset.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');
const WD = (value: number) => ({ value, unit: 'WORKING_DAY' as const });
const records = [
  { recordType: 'contact', id: 'P1', unitId: 'U1', name: '李*', roles: ['WARNING_CONTACT'], mobile: '13800000000' },
  { recordType: 'contact', id: 'P2', unitId: 'U1', name: '王*', roles: ['LEADER'], email: 'leader@example.gov.cn' },
  { recordType: 'case', id: 'C1', itemCode: 'X', caseType: 'PROMISED', handlingUnitId: 'U1', statutoryLimit: WD(20), promisedLimit: WD(5) },
  { recordType: 'event', id: 'E1', caseId: 'C1', eventType: 'RECEIVED', occurredAt: '2026-11-02T09:00:00+08:00' },
  { recordType: 'event', id: 'E2', caseId: 'C1', eventType: 'ACCEPTED', occurredAt: '2026-11-02T10:00:00+08:00' },
];
const batches = [{ records }];

describe('rules as data (FSJC-SIG-001, FSJC-SIG-002)', () => {
  it('embed standard/rules/rules.json unchanged, every rule with a known kind and a requirement of the text', () => {
    const file = JSON.parse(fs.readFileSync(path.join(ROOT, 'standard/rules/rules.json'), 'utf8'));
    expect(RULES_V1.rules).toEqual(file.rules);
    const text = fs.readFileSync(path.join(ROOT, 'standard/text/13-signals.md'), 'utf8');
    for (const r of RULES_V1.rules) {
      expect(RULE_MODULE.has(r.kind), r.id).toBe(true);
      expect(text, r.id).toContain(`**[${r.requirement}]** 规则 ${r.id}`);
    }
    expect(new Set(RULES_V1.rules.map((r) => r.id)).size).toBe(RULES_V1.rules.length);
  });

  it('are described by their schema: the rule set and the changes of each profile (FSJC-SIG-001, FSJC-SIG-002)', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'standard/rules/rules.schema.json'), 'utf8'));
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    ajv.addSchema(schema);
    const ruleSet = ajv.getSchema(schema.$id)!;
    const profileRules = ajv.getSchema(`${schema.$id}#/$defs/profileRules`)!;
    const file = JSON.parse(fs.readFileSync(path.join(ROOT, 'standard/rules/rules.json'), 'utf8'));
    expect(ruleSet(file) ? [] : ruleSet.errors).toEqual([]);
    // the published profiles as embedded, generated from standard/profiles/ (a test fails when they drift)
    const profiles = profileNames();
    expect(profiles.length).toBeGreaterThanOrEqual(3);
    for (const name of profiles) {
      const rules = profile(name).rules ?? {};
      expect(profileRules(rules) ? [] : profileRules.errors, name).toEqual([]);
    }
    // what the schema refuses: a threshold no rule reads, a level that is no code, a misspelt change
    const broken = structuredClone(file);
    broken.rules[0].params.befor = { value: 1, unit: 'WORKING_DAY' };
    broken.rules[1].level = 'ORANGE_CARD';
    expect(ruleSet(broken)).toBe(false);
    expect(ruleSet.errors!.map((e) => e.instancePath).sort()).toEqual(['/rules/0/params', '/rules/1/level']);
    expect(profileRules({ disabled: ['R-LIMIT-NEAR'] })).toBe(false);
    expect(profileRules({ params: { 'R-LIMIT-NEAR': { before: { value: 2, unit: 'DAY' } } } })).toBe(false);
    // its lists are the engine's kinds and the code lists
    const codes = (list: string) => CODELISTS[list].codes.map((c) => c.code).sort();
    expect([...schema.$defs.kind.enum].sort()).toEqual([...RULE_MODULE.keys()].sort());
    expect([...schema.$defs.level.enum].sort()).toEqual(codes('signalLevel'));
    expect([...schema.$defs.limit.properties.unit.enum].sort()).toEqual(codes('limitUnit'));
    expect([...schema.$defs.params.properties.types.items.enum].sort()).toEqual(codes('observationType'));
  });

  it('change a threshold by profile, not code, and refuse a profile naming a rule that does not exist', () => {
    expect(rulesFor(profile('maoming')).rules.find((r) => r.id === 'R-LIMIT-NEAR')!.params.before).toEqual(WD(2));
    expect(rulesFor(profile('xinyu')).rules.some((r) => r.id === 'R-DENIAL-OUTLIER')).toBe(false);
    expect(() => rulesFor({ ...profile('foshan'), rules: { disable: ['R-NOPE'] } })).toThrow(/no rule "R-NOPE"/);
    expect(() => rulesFor({ ...profile('foshan'), rules: { add: [{ ...RULES_V1.rules[0], id: 'R-X', kind: 'MAGIC' as never }] } })).toThrow(/unknown kind/);
  });
});

describe('evaluation (FSJC-SIG-003, FSJC-SIG-005, FSJC-SIG-006, FSJC-SIG-007)', () => {
  const asOf = parseInstant('2026-11-18T10:00:00+08:00');
  const r = evaluate(batches, asOf);

  it('is deterministic: the same records in another order give the same signals', () => {
    expect(evaluate([{ records: [...records].reverse() }], asOf)).toEqual(r);
  });

  it('notifies the warning contact, and the leader as well for a red card, by the channel their details allow', () => {
    const yellow = r.notifications.filter((n) => n.level === 'YELLOW_CARD');
    expect(yellow.map((n) => [n.role, n.contactId, n.channel])).toContainEqual(['WARNING_CONTACT', 'P1', 'SMS']);
    const red = r.notifications.filter((n) => n.level === 'RED_CARD');
    expect(red.map((n) => [n.role, n.contactId, n.channel]).sort()).toEqual([['LEADER', 'P2', 'EMAIL'], ['WARNING_CONTACT', 'P1', 'SMS']]);
  });

  it('gives every signal its evidence: the case, the limit and the values', () => {
    const s = r.signals.find((x) => x.ruleId === 'R-LIMIT-PASSED' && x.level === 'YELLOW_CARD')!;
    expect(s.evidence).toEqual(expect.arrayContaining([
      { kind: 'RECORD', recordType: 'case', recordId: 'C1' },
      { kind: 'LIMIT', name: 'PROMISED', value: '5 WORKING_DAY' },
      { kind: 'VALUE', name: 'dueAt', value: '2026-11-10T00:00:00+08:00' },
    ]));
  });

  it('says when each open case can next change by time alone', () => {
    const early = evaluate(batches, parseInstant('2026-11-03T10:00:00+08:00'));
    // promised limit ends 2026-11-09 24:00: near at 00:00 on Friday 6 November comes first
    expect(early.nextChange.get('C1')).toBe(parseInstant('2026-11-06T00:00:00+08:00'));
    const before = evaluate(batches, parseInstant('2026-11-06T00:00:00+08:00') - 1);
    const after = evaluate(batches, parseInstant('2026-11-06T00:00:00+08:00'));
    expect(before.signals.length).toBe(0);
    expect(after.signals.map((s) => s.ruleId)).toEqual(['R-LIMIT-NEAR']);
  });
});

describe('the examples (FSJC-SIG-003)', () => {
  it('carry the signal records the engine gives for the late promised case of example 16, and the feedback that closes its card', () => {
    const dir = path.join(ROOT, 'examples/valid');
    const all = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
    const example = all.find((b) => b.records.some((r: any) => r.recordType === 'score'));
    const asOf = parseInstant(example.header.sentAt);
    const engine = evaluate(all, asOf).signals;
    for (const sent of example.records.filter((r: any) => r.recordType === 'signal')) {
      const { revision, recordedAt, ...fields } = sent;
      void revision; void recordedAt;
      expect(engine.find((x) => x.id === sent.id), sent.id).toEqual(fields);
    }
    // a batch sent after the instant is not known yet: before example 16 was sent, the supervisor's acceptance is not
    const before = evaluate(all, parseInstant('2026-04-09T15:00:00+08:00')).signals.find((x) => x.id === 'SG:R-LIMIT-PASSED:CS-NH-20260323-0056:PROMISED');
    expect(before?.status).toBe('FEEDBACK_RECEIVED');
  });
});

describe('texts and documents', () => {
  it('have a Chinese and an English text for every rule\'s message code, with the same placeholders', () => {
    const ph = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const rule of RULES_V1.rules) {
      expect(SIGNAL_CATALOGUES.zh[rule.messageCode], rule.id).toMatch(/[\u4e00-\u9fff]/);
      expect(ph(SIGNAL_CATALOGUES.zh[rule.messageCode])).toEqual(ph(SIGNAL_CATALOGUES.en[rule.messageCode]));
    }
  });

  it('render a supervision notice and a correction proposal in Chinese, escaped, with the feedback date', () => {
    const s = evaluate(batches, parseInstant('2026-11-12T10:00:00+08:00')).signals.find((x) => x.level === 'YELLOW_CARD')!;
    expect(signalMessage(s, 'zh')).toContain('请于 2026-11-18T00:00:00+08:00 前说明理由或整改回告');
    const notice = renderDocument('SUPERVISION_NOTICE', s, { issuer: '佛山市电子监察中心', number: '佛电监督〔2026〕15号', issued: '2026-11-12', unit: { recordType: 'unit', id: 'U1', name: '<某>局', unitType: 'DISTRICT_DEPARTMENT', adminLevel: 'DISTRICT', regionCode: '440605' } });
    expect(notice).toContain('<h1>督办通知书</h1>');
    expect(notice).toContain('&lt;某&gt;局');
    expect(notice).toContain('于 <strong>2026-11-18</strong> 前');
    expect(notice).not.toMatch(/https?:\/\//);
    expect(renderDocument('CORRECTION_PROPOSAL', s, { issuer: '佛山市电子监察中心', number: '佛电监建〔2026〕3号', issued: '2026-11-12' })).toContain('<h1>整改建议书</h1>');
  });
});
