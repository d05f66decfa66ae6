import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Centre, buildServer, issueToken, type CentreOptions, type TokenGrant } from '@fsjc/core';
import { generateCentreKey } from '@fsjc/sdk';
import type { RunReport } from '../suite/types.js';
import { loadCityRegistry } from '../client/registry.js';
import { runServerConformance } from './run.js';
import { runExitCode } from '../suite/console.js';

/** A reference core in process on a fresh SQLite file, listening on a free port, with the city's registry and the kit's tokens. */
async function startCore(faults?: CentreOptions['faults']) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fsjc-server-kit-'));
  const centre = await Centre.open({ file: path.join(dir, 'core.db'), key: generateCentreKey(), centreId: 'FS-CENTRE', ...(faults ? { faults } : {}) });
  const app = await buildServer(centre);
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  const token = async (grant: TokenGrant) => (await issueToken(centre.store, grant, centre.now())).token;
  // the organisation registry and the item catalogue, each sent by its own system
  await loadCityRegistry(centre, app);
  return {
    url,
    token: await token({ role: 'system', systemId: 'NH-XZSP', unitId: 'U440605-XZFW', regionCode: '440605' }),
    otherToken: await token({ role: 'system', systemId: 'SD-XZSP', unitId: 'U440606-XZFW', regionCode: '440606' }),
    readerToken: await token({ role: 'district-centre', regionCode: '440605' }),
    async close() {
      await app.close();
      await centre.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

type Core = Awaited<ReturnType<typeof startCore>>;
const failing = (r: RunReport) => r.results.filter((x) => x.outcome === 'fail').map((x) => x.id).sort();
const notPassing = (r: RunReport) => r.results.filter((x) => x.outcome !== 'pass').map((x) => `${x.id} ${x.outcome} ${x.messages.map((m) => m.en).join(' | ')}`);

describe('server conformance against the reference core (FSJC-CONF-030)', () => {
  let core: Core;
  let report: RunReport;
  const seen: string[] = [];
  beforeAll(async () => {
    core = await startCore();
    const started = Date.now();
    report = await runServerConformance({ url: core.url, token: core.token, otherToken: core.otherToken, readerToken: core.readerToken, onResult: (r) => seen.push(r.id) });
    // the whole suite, scenarios included, well inside the two minutes a run may take
    expect(Date.now() - started).toBeLessThan(120_000);
  }, 150_000);
  afterAll(async () => core?.close());

  it('passes every test and reaches L4, exit status 0', () => {
    expect(notPassing(report)).toEqual([]);
    expect(report.level).toBe('L4');
    expect(runExitCode(report)).toBe(0);
    expect(report).toMatchObject({ suite: { id: 'server-v1', mode: 'server' }, system: { id: 'FS-CENTRE', url: core.url } });
  });

  it('reports each test as it ends, in the suite\'s order, with evidence of what was exchanged', () => {
    expect(seen).toEqual(report.results.map((r) => r.id));
    const resend = report.results.find((r) => r.id === 'SV-L3-RESEND')!;
    const exchanges = (resend.evidence as { exchanges: { method: string; status: number; headers: Record<string, string> }[] }).exchanges;
    expect(exchanges.map((x) => `${x.method} ${x.status}`)).toEqual(['POST 201', 'POST 200', 'GET 200', 'GET 200']);
    expect(exchanges[1].headers['fsjc-replayed']).toBe('true');
    // the tokens never reach the report
    expect(JSON.stringify(report)).not.toContain(core.token);
  });

  it('runs a single test with the tests it requires, the rest omitted', async () => {
    const one = await runServerConformance({ url: core.url, token: core.token, otherToken: core.otherToken, only: ['SV-L3-RECEIPT'] });
    expect(one.results.filter((r) => r.outcome !== 'omit').map((r) => `${r.id} ${r.outcome}`)).toEqual(['SV-L3-CENTRE pass', 'SV-L3-RECEIPT pass']);
    expect(one.level).toBe('L0');
  });

  it('leaves the scenarios out when no reader token is given, reaching L3', async () => {
    const run = await runServerConformance({ url: core.url, token: core.token, otherToken: core.otherToken });
    expect(run.results.filter((r) => r.level === 'L4').every((r) => r.outcome === 'omit')).toBe(true);
    expect(run.level).toBe('L3');
    expect(runExitCode(run)).toBe(0);
  }, 60_000);
});

describe('server conformance against the core with a safeguard off fails exactly the tests of that safeguard', () => {
  it.each([
    { fault: 'idempotencyOff' as const, expected: ['SV-L3-RESEND', 'SV-L3-SEQUENCE-CONFLICT'] },
    { fault: 'scopeOff' as const, expected: ['SV-L3-SCOPE-HEADER', 'SV-L3-SCOPE-RECORDS'] },
  ])('$fault fails $expected and nothing else', async ({ fault, expected }) => {
    const core = await startCore({ [fault]: true });
    try {
      const report = await runServerConformance({ url: core.url, token: core.token, otherToken: core.otherToken, readerToken: core.readerToken });
      expect(failing(report)).toEqual(expected);
      expect(report.results.filter((r) => r.outcome !== 'pass' && r.outcome !== 'fail')).toEqual([]);
      expect(report.level).toBe('L2');
      expect(runExitCode(report)).toBe(1);
      for (const id of expected) {
        const r = report.results.find((x) => x.id === id)!;
        expect(r.messages.length, id).toBeGreaterThan(0);
        expect(r.messages.every((m) => m.code.startsWith('server.') && !m.zh.includes('{') && !m.en.includes('{')), id).toBe(true);
      }
    } finally {
      await core.close();
    }
  }, 150_000);
});

describe('a run that cannot reach the centre', () => {
  it('gives errors of the kit, not failures of the centre, and exit status 2', async () => {
    // a port that was free a moment ago and is closed now
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as net.AddressInfo).port;
    await new Promise((resolve) => server.close(resolve));
    const report = await runServerConformance({ url: `http://127.0.0.1:${port}`, token: 't', otherToken: 'o', readerToken: 'r' });
    expect(report.counts.fail).toBe(0);
    expect(report.counts.pass).toBe(0);
    const errors = report.results.filter((r) => r.outcome === 'error');
    expect(errors.length).toBeGreaterThan(10);
    expect(errors.every((r) => r.messages[0].code === 'kit.network')).toBe(true);
    // what could not run for an earlier error is skipped, not failed
    expect(report.results.filter((r) => r.outcome !== 'error').every((r) => r.outcome === 'skip')).toBe(true);
    expect(report.level).toBe('L0');
    expect(runExitCode(report)).toBe(2);
  });
});
