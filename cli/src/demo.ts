import { simulate } from '@fsjc/conformance';
import { formatInstant, parseInstant } from '@fsjc/sdk';
import { issueToken, type Centre } from '@fsjc/core';

export interface DemoOptions { speed: number; days: number; casesPerDay: number; start: string; profile?: string }

/**
 * The demonstration city: a simulated city's batches are sent to the centre over HTTP, each when
 * the centre's (fast) clock reaches its sent time, by the district system it comes from, with
 * that system's own token; a line a simulated day says what the centre holds.
 */
export async function runDemo(centre: Centre, address: string, o: DemoOptions): Promise<void> {
  // a city with more trouble than most, so that cards appear within minutes
  const batches = simulate({ profile: o.profile, days: o.days, casesPerDay: o.casesPerDay, seed: 1, start: o.start, knobs: { lateCase: 0.01, lateStage: 0.004 } });
  const tokens = new Map<string, string>();
  for (const { batch } of batches) {
    const h = batch.header;
    if (tokens.has(h.senderSystemId)) continue;
    const { token } = await issueToken(centre.store, { role: 'system', systemId: h.senderSystemId, unitId: h.senderUnitId, regionCode: h.regionCode, label: `demo ${h.senderSystemId}` }, centre.now());
    tokens.set(h.senderSystemId, token);
  }
  const admin = await issueToken(centre.store, { role: 'admin', label: 'demo admin' }, centre.now());
  const city = await issueToken(centre.store, { role: 'city-centre', unitId: batches[0].batch.header.senderUnitId, label: 'demo city centre' }, centre.now());
  const say = (line: string) => process.stderr.write(`${line}\n`);
  say(`fsjc demo: ${batches.length} batches of a simulated city from ${o.start}, ${o.speed}× real time`);
  say(`  admin token        ${admin.token}`);
  say(`  city centre token  ${city.token}`);
  say(`  try: curl -H "Authorization: Bearer ${city.token}" ${address}/v1/signals?status=NOTIFIED`);
  say(`       curl -N -H "Authorization: Bearer ${city.token}" ${address}/v1/stream/signals`);

  let day = '';
  for (const { name, batch } of batches) {
    const due = parseInstant(batch.header.sentAt);
    const wait = centre.clock.delayUntil(due);
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const res = await fetch(`${address}/v1/batches`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.get(batch.header.senderSystemId)}`, 'content-type': 'application/json' },
      body: JSON.stringify(batch),
    });
    if (res.status >= 300) say(`fsjc demo: ${name} refused: ${await res.text()}`);
    const today = batch.header.sentAt.slice(0, 10);
    if (today !== day) {
      day = today;
      await centre.runner.idle();
      const open = Object.entries(await centre.runner.openByLevel());
      say(`fsjc demo: ${formatInstant(centre.clock.now()).slice(0, 16)} log ${(await centre.store.head()).seq} batches, ${centre.cases.size} cases; open signals ${open.map(([l, n]) => `${l} ${n}`).join(', ') || 'none'}`);
    }
  }
  say('fsjc demo: the simulated city has sent everything; the centre keeps running (Ctrl-C to stop)');
}
