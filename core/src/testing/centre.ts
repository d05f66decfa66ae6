/**
 * Shared by the core's API tests (not part of the package): a centre and its server in process,
 * on each backend, with tokens for every role, and helpers to send batches through HTTP.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { generateCentreKey, type Receipt } from '@fsjc/sdk';
import { requirePostgres } from '../../../tests/support/postgres.js';
import { Centre, type CentreOptions } from '../centre.js';
import { manualClock } from '../engine/clock.js';
import { issueToken, type TokenGrant } from '../access/tokens.js';
import { buildServer } from '../server/app.js';
import { openStore } from '../storage/open.js';
import type { Store } from '../storage/types.js';

const pg = await requirePostgres();

export interface Backend {
  name: 'sqlite' | 'postgres';
  skip: boolean;
  /** A fresh empty database: `open()` a store on it (again after a restart), `dispose()` at the end. */
  create(): Promise<{ open(): Store; location: string; dispose(): Promise<void> }>;
}

export const BACKENDS: Backend[] = [
  {
    name: 'sqlite', skip: false,
    async create() {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fsjc-api-'));
      const file = path.join(dir, 'core.db');
      return { location: file, open: () => openStore({ file }), dispose: async () => fs.rmSync(dir, { recursive: true, force: true }) };
    },
  },
  {
    name: 'postgres', skip: pg.skip,
    async create() {
      pg.assert();
      const schema = await pg.freshSchema();
      return { location: schema.url, open: () => openStore({ databaseUrl: schema.url }), dispose: () => schema.drop() };
    },
  },
];

export const EXAMPLES = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../../examples/valid');
export const example = (name: string): Buffer => fs.readFileSync(path.join(EXAMPLES, name));

/** 2026-10-20 09:00 China Standard Time: after every example's records. */
export const T0 = Date.parse('2026-10-20T09:00:00+08:00');

export interface TestCentre {
  centre: Centre;
  app: FastifyInstance;
  clock: ReturnType<typeof manualClock>;
  store: Store;
  /** Issues a token for a grant. */
  token(grant: TokenGrant): Promise<string>;
  /** A token of a system, named after the example batch header it will send. */
  systemToken(batch: Buffer | object): Promise<string>;
  admin: string;
  city: string;
  post(url: string, body: Buffer | string | object, token: string | undefined, contentType?: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  get(url: string, token?: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  /** Stops the server and the centre and opens them again on the same database (a restart). */
  restart(options?: Partial<CentreOptions>): Promise<void>;
  close(): Promise<void>;
}

export async function startCentre(backend: Backend, options: Partial<CentreOptions> = {}): Promise<TestCentre> {
  const db = await backend.create();
  const clock = manualClock(T0);
  const key = generateCentreKey();
  const open = async () => {
    const centre = await Centre.open({ store: db.open(), key, clock, centreId: 'FS-CENTRE', ...options });
    return { centre, app: await buildServer(centre) };
  };
  let { centre, app } = await open();
  const t: TestCentre = {
    get centre() { return centre; },
    get app() { return app; },
    get store() { return centre.store; },
    clock,
    token: async (grant) => (await issueToken(centre.store, grant, centre.now())).token,
    systemToken: async (batch) => {
      const h = (Buffer.isBuffer(batch) ? JSON.parse(batch.toString('utf8')) : batch).header;
      return t.token({ role: 'system', systemId: h.senderSystemId, unitId: h.senderUnitId, regionCode: h.regionCode });
    },
    admin: '',
    city: '',
    post: (url, body, token, contentType = 'application/json', headers = {}) => app.inject({
      method: 'POST', url, payload: Buffer.isBuffer(body) || typeof body === 'string' ? body : JSON.stringify(body),
      headers: { 'content-type': contentType, ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    }),
    get: (url, token, headers = {}) => app.inject({ method: 'GET', url, headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers } }),
    async restart(more = {}) {
      await app.close();
      await centre.close();
      ({ centre, app } = await (async () => {
        const c = await Centre.open({ store: db.open(), key, clock, centreId: 'FS-CENTRE', ...options, ...more });
        return { centre: c, app: await buildServer(c) };
      })());
    },
    async close() {
      await app.close();
      await centre.close();
      await db.dispose();
    },
  };
  t.admin = await t.token({ role: 'admin' });
  t.city = await t.token({ role: 'city-centre', unitId: 'U440600-JCZX' });
  return t;
}

/** Sends an example batch with its own system's token; the receipt. */
export async function sendExample(t: TestCentre, name: string): Promise<Receipt> {
  const body = example(name);
  const res = await t.post('/v1/batches', body, await t.systemToken(body));
  if (res.statusCode !== 201) throw new Error(`${name}: ${res.statusCode} ${res.body}`);
  return res.json() as Receipt;
}
