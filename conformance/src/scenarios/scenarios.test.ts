import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBatch, evaluate, parseInstant, validateBatch } from '@fsjc/sdk';
import { judgedSignals, loadScenarios, relativeInstant, resolveScenarios, signalDifferences } from './index.js';
import { workingCalendar } from '@fsjc/sdk';
import { cityRegistry } from '../client/registry.js';

const EXAMPLES = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../../examples/valid');
const registry = ['01-organisation-registry.json', '02-item-catalogue.json'].map((f) => JSON.parse(fs.readFileSync(path.join(EXAMPLES, f), 'utf8')));
const NANHAI = { senderSystemId: 'NH-XZSP', senderUnitId: 'U440605-XZFW', regionCode: '440605', profile: 'foshan' };

// a Monday morning, a late evening, the day before the Spring Festival break, just after National Day
const INSTANTS = ['2026-12-07T08:00:00+08:00', '2026-12-09T23:30:00+08:00', '2027-02-05T12:00:00+08:00', '2026-10-09T09:00:00+08:00'];

describe('test scenarios (FSJC-CONF-020, FSJC-CONF-022)', () => {
  const scenarios = loadScenarios();

  it('cover the situations clause 11.5 names, each with a distinct ID', () => {
    const ids = scenarios.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ['SC-PROMISED', 'SC-SUPPLEMENT', 'SC-SPECIAL-PROCEDURE', 'SC-EXTENSION', 'SC-DENIAL', 'SC-PARALLEL', 'SC-LATE', 'SC-FEE']) expect(ids).toContain(id);
  });

  it('resolve relative times on the working calendar', () => {
    const cal = workingCalendar();
    const now = parseInstant('2026-12-09T15:00:00+08:00'); // a Wednesday
    expect(new Date(relativeInstant('-1wd@10:00', now, cal)).toISOString()).toBe('2026-12-08T02:00:00.000Z');
    expect(new Date(relativeInstant('-3wd@10:00', now, cal)).toISOString()).toBe('2026-12-04T02:00:00.000Z'); // over the weekend
    expect(new Date(relativeInstant('-5d@09:30:15', now, cal)).toISOString()).toBe('2026-12-04T01:30:15.000Z');
    expect(new Date(relativeInstant('+1wd@08:00', now, cal)).toISOString()).toBe('2026-12-10T00:00:00.000Z');
    expect(() => relativeInstant('yesterday', now, cal)).toThrow(/bad relative time/);
  });

  for (const at of INSTANTS) {
    it(`resolved on ${at}, are valid and give exactly the expected signals`, async () => {
      const now = parseInstant(at);
      const resolved = resolveScenarios(scenarios, { now, runId: 'T1' });
      const batches = resolved.map((s, i) => createBatch(NANHAI, { sequenceNumber: i + 1, sentAt: at }, s.records));
      for (const [i, b] of batches.entries()) {
        const report = await validateBatch(b);
        const blocking = report.groups.filter((g) => g.severity !== 'advisory').map((g) => `${resolved[i].id}: ${g.code}`);
        expect(blocking).toEqual([]);
      }
      const { signals } = evaluate([...registry, ...batches], now, { profile: 'foshan' });
      for (const s of resolved) {
        expect({ scenario: s.id, ...signalDifferences(s.expectedSignals, judgedSignals(signals, s.caseIds)) }).toEqual({ scenario: s.id, missing: [], extra: [] });
      }
    });
  }

  it('refer to the certification registry, which is the standard\'s examples 01 and 02 as they are', () => {
    expect(cityRegistry()).toEqual(registry);
  });

  it('give every run its own identifiers', () => {
    const now = parseInstant(INSTANTS[0]);
    const [a] = resolveScenarios(scenarios, { now, runId: 'R1' });
    const [b] = resolveScenarios(scenarios, { now, runId: 'R2' });
    expect(a.caseIds.some((id) => b.caseIds.includes(id))).toBe(false);
    expect(JSON.stringify(a.records)).not.toContain('{{');
  });

  it('compare signals by number, so a missing second card is seen', () => {
    const e = [{ caseId: 'C', rule: 'R-STAGE-PASSED', level: 'YELLOW_CARD' }, { caseId: 'C', rule: 'R-STAGE-PASSED', level: 'YELLOW_CARD' }];
    expect(signalDifferences(e, e.slice(1)).missing).toHaveLength(1);
    expect(signalDifferences(e.slice(1), e).extra).toHaveLength(1);
  });
});
