import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { issueToken, type Centre } from '@fsjc/core';
import type { Batch } from '@fsjc/sdk';
import { KIT_DATA } from '../suite/load.js';

/** The city's organisation registry and item catalogue the scenarios refer to (the standard's examples 01 and 02). */
const FILES = ['01-organisation-registry.json', '02-item-catalogue.json'];

let bodies: Buffer[] | undefined;
const read = () => (bodies ??= FILES.map((f) => fs.readFileSync(path.join(KIT_DATA, 'registry', f))));

/** The registry batches, parsed (read from disk once). */
export function cityRegistry(): Batch[] {
  return read().map((b) => JSON.parse(b.toString('utf8')) as Batch);
}

/** Sends the registry to a centre in process, each batch by its own system with a token of its own. */
export async function loadCityRegistry(centre: Centre, app: FastifyInstance): Promise<void> {
  for (const [i, body] of read().entries()) {
    const h = JSON.parse(body.toString('utf8')).header;
    const { token } = await issueToken(centre.store, { role: 'system', systemId: h.senderSystemId, unitId: h.senderUnitId, regionCode: h.regionCode, label: `registry ${h.senderSystemId}` }, centre.now());
    const res = await app.inject({ method: 'POST', url: '/v1/batches', payload: body, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` } });
    if (res.statusCode !== 201) throw new Error(`the registry ${FILES[i]} was refused: ${res.statusCode} ${res.body}`);
  }
}
