/**
 * Times a full client-conformance run of every scenario (the reference district platform
 * uploading through the fault-injecting kit) and a full server run against the reference core
 * over HTTP: target under 2 minutes each. The baseline in the same run is the time the injected
 * faults alone make a correct client wait (2 × Retry-After 1 s + a 3 s slow answer). The packages
 * are imported as built (npm run build).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadCityRegistry, runClientConformance, runServerConformance } from '@fsjc/conformance';
import { Centre, buildServer, issueToken } from '@fsjc/core';
import { certify } from '../examples/integrations/district-platform/certify.js';

const FAULT_WAIT_MS = 2 * 1000 + 3000;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

let t = Date.now();
let done: Promise<unknown> = Promise.resolve();
const client = await runClientConformance({ idleMs: 4000, onReady: (h) => { done = certify(h, { log: () => {} }); } });
await done;
const clientMs = Date.now() - t;
console.log(`client conformance, ${client.results.length} tests over ${client.results.filter((r) => r.scenario).length} scenarios: ${seconds(clientMs)} (level ${client.level}; injected waits ${seconds(FAULT_WAIT_MS)}, ratio ${(clientMs / FAULT_WAIT_MS).toFixed(1)}×; includes the 2 s of quiet the kit waits for once every scenario is in) — target < 120 s`);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fsjc-bench-conf-'));
const centre = await Centre.open({ file: path.join(dir, 'core.db'), keyFile: path.join(dir, 'key.json') });
const app = await buildServer(centre);
const url = await app.listen({ port: 0, host: '127.0.0.1' });
await loadCityRegistry(centre, app);
const now = centre.now();
const token = (await issueToken(centre.store, { role: 'system', systemId: 'NH-XZSP', unitId: 'U440605-XZFW', regionCode: '440605' }, now)).token;
const otherToken = (await issueToken(centre.store, { role: 'system', systemId: 'SD-XZSP', unitId: 'U440606-XZFW', regionCode: '440606' }, now)).token;
const readerToken = (await issueToken(centre.store, { role: 'city-centre', unitId: 'U440600-JCZX' }, now)).token;
t = Date.now();
const server = await runServerConformance({ url, token, otherToken, readerToken });
const serverMs = Date.now() - t;
console.log(`server conformance, ${server.results.length} tests against the reference core: ${seconds(serverMs)} (level ${server.level}) — target < 120 s`);
await app.close();
await centre.close();
fs.rmSync(dir, { recursive: true, force: true });
