/**
 * A second process for the concurrency tests: opens the store at argv[2] (an SQLite file or a
 * PostgreSQL URL), says "ready", waits for "go" on stdin, appends argv[4] batches as sender
 * argv[3] and prints the seqs it got as JSON.
 */
import { createInterface } from 'node:readline';
import { openStore } from './open.js';
import { events, receiptFor, sampleBatch } from './testing-batches.js';

const [location, sender, count] = process.argv.slice(2);
const store = location.startsWith('postgres') ? openStore({ databaseUrl: location }) : openStore({ file: location });
await store.head();
const lines = createInterface({ input: process.stdin });
process.stdout.write('ready\n');
for await (const line of lines) if (line.trim() === 'go') break;
const seqs: number[] = [];
for (let n = 1; n <= Number(count); n++) {
  const b = sampleBatch(sender, n, events(`${sender}-${n}`, 20, { unitId: 'U-W' }));
  const r = await store.appendBatch(b.input, b.records, receiptFor);
  if (!r.entry) throw new Error(`conflict at ${n}`);
  seqs.push(r.entry.seq);
}
await store.close();
process.stdout.write(`${JSON.stringify(seqs)}\n`);
lines.close();
