import { describe, expect, it } from 'vitest';
import { certify } from '../../../examples/integrations/district-platform/certify.js';
import { runFaultyClient, type ClientFault } from '../../../examples/conformance/faulty-client.js';
import type { RunReport } from '../suite/types.js';
import { runClientConformance } from './run.js';

/** A run with the system under test started as soon as the kit is ready. */
async function certifyWith(system: (handoff: Parameters<typeof certify>[0]) => Promise<unknown>): Promise<RunReport> {
  let done: Promise<unknown> = Promise.resolve();
  const report = await runClientConformance({
    idleMs: 4000,
    waitMs: 60_000,
    onReady: (handoff) => {
      done = system(handoff);
    },
  });
  await done;
  return report;
}

const failing = (r: RunReport) => r.results.filter((x) => x.outcome === 'fail').map((x) => x.id).sort();
const errors = (r: RunReport) => r.results.filter((x) => x.outcome === 'error').map((x) => `${x.id}: ${x.messages.map((m) => m.en).join(' ')}`);

describe('client conformance discriminates (FSJC-CONF-020, -021, -022)', () => {
  it('the reference district platform, uploading with the SDK, passes every test and reaches L4', async () => {
    const report = await certifyWith((h) => certify(h, { log: () => {} }));
    expect(errors(report)).toEqual([]);
    expect(report.results.filter((x) => x.outcome !== 'pass').map((x) => `${x.id} ${x.outcome} ${x.messages.map((m) => m.en).join(' ')}`)).toEqual([]);
    expect(report.level).toBe('L4');
    expect(report.counts.pass).toBe(report.results.length);
  });

  const AIMED: Record<ClientFault, string[]> = {
    'no-retry': ['CL-L3-RESEND-DROPPED', 'CL-L3-RESEND-UNAVAILABLE'],
    'reused-sequence': ['CL-L3-SEQUENCE'],
    'missing-acceptance': ['CL-L2-EVENTS'],
    'wrong-codes': ['CL-L2-CODES'],
    'gbk-as-utf8': ['CL-L3-ENCODING'],
    'backdated-edits': ['CL-L2-BACKDATED'],
    // valid data with another outcome: only the scores can tell
    'offline-channel': ['CL-L4-SCORES'],
  };
  for (const [fault, aimed] of Object.entries(AIMED) as [ClientFault, string[]][]) {
    it(`a client with the fault ${fault} fails exactly ${aimed.join(', ')}`, async () => {
      const report = await certifyWith((h) => runFaultyClient(h, [fault]));
      expect(errors(report)).toEqual([]);
      expect(failing(report)).toEqual(aimed);
      expect(report.level).not.toBe('L4');
    });
  }
});
