/**
 * The Uploader's spool: a directory that holds everything not yet acknowledged by the centre, and
 * the receipts of everything that was, so that a crash or restart loses nothing and sends nothing
 * twice under different numbers.
 *
 *     lock                      pid, host and start of the process using the spool
 *     state.json                next sequence number, journal generation, records of it already batched
 *     journal-<gen>.ndjson      records added and not yet batched: record lines, each add() closed by `#<count>`
 *     pending/<seq>.json        a formed batch, the exact bytes sent on every attempt (.ndjson in that form)
 *     pending/<seq>.unverified-receipt.json   a receipt that did not check out, kept as evidence
 *     sent/<seq>.json           an acknowledged batch …
 *     sent/<seq>.receipt.json   … and the centre's signed receipt, byte for byte: the sender's proof
 *     rejected/<seq>.json       a batch the centre refused with a final 4xx …
 *     rejected/<seq>.problem.json   … and the status and problem details
 *
 * Every file is written atomically (temporary file, fsync, rename, fsync of the directory). A batch
 * file is written before the state that counts it, so after a crash in between the batch is found
 * and adopted, never formed again under another number.
 */
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { batchChecksum } from '../envelope/checksum.js';
import type { BatchHeader, FsjcRecord } from '../generated/types.js';
import type { Problem, Receipt } from '../receipt/types.js';
import { formOfFile, parseBatch, type BatchForm } from './body.js';
import { checkReceipt } from './check.js';
import { UploadError } from './errors.js';
import { fsyncDir, fsyncDirSync, moveDurably, readJsonIfExists, removeDurably, TEMP_SUFFIX, writeFileAtomic } from './fsutil.js';

interface SpoolState {
  version: 1;
  /** The sequence number of the next batch formed; it never goes back. */
  nextSequence: number;
  /** Generation of the journal file in use. */
  journal: number;
  /** Records of that journal already in batches. */
  consumed: number;
}

/** Who holds a spool. */
export interface SpoolLock {
  pid: number;
  hostname: string;
  since: string;
}

/** What a rejected batch's problem file holds. */
export interface RejectionRecord {
  status: number;
  rejectedAt: string;
  problem?: Problem;
  /** The response body, when it was not problem details. */
  body?: string;
}

const BATCH_FILE = /^(\d+)\.(json|ndjson)$/;
const JOURNAL_FILE = /^journal-(\d+)\.ndjson$/;
const DIRS = ['pending', 'sent', 'rejected'] as const;
type Folder = (typeof DIRS)[number];

/** Spool directories held by Uploaders of this process: the lock file alone cannot tell them from a dead process with our pid. */
const HELD = new Set<string>();

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Record lines of a journal's text, up to the last complete `#<count>` commit line, and where that ends. */
function committedLines(text: string): { lines: string[]; end: number } {
  const lines: string[] = [];
  let open: string[] = [];
  let pos = 0;
  let end = 0;
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    if (nl < 0) break; // a torn last line: its add() never resolved
    const line = text.slice(pos, nl);
    pos = nl + 1;
    if (line.startsWith('#')) {
      if (Number(line.slice(1)) !== open.length || !open.every(isRecordLine)) break;
      lines.push(...open);
      open = [];
      end = pos;
    } else open.push(line);
  }
  return { lines, end };
}

function isRecordLine(line: string): boolean {
  try {
    const v = JSON.parse(line);
    return !!v && typeof v === 'object' && !Array.isArray(v);
  } catch {
    return false;
  }
}

export class Spool {
  readonly dir: string;
  private state: SpoolState;
  private readonly pending = new Map<number, BatchForm>();
  private journalHandle: fsp.FileHandle | undefined;
  /** Committed records in the current journal file, and its length in bytes. */
  private journalCount = 0;
  private journalSize = 0;
  private lockedAs: string | undefined;
  /** Batches acknowledged and rejected, as found in the folders. */
  readonly counts = { sent: 0, rejected: 0 };

  constructor(dir: string, private readonly firstSequence = 1) {
    this.dir = path.resolve(dir);
    this.state = { version: 1, nextSequence: firstSequence, journal: 1, consumed: 0 };
  }

  private at(...parts: string[]): string {
    return path.join(this.dir, ...parts);
  }
  private get journalPath(): string {
    return this.at(`journal-${this.state.journal}.ndjson`);
  }

  /** Creates the directory and takes its lock, synchronously, so that a second user fails at once. */
  lock(): void {
    for (const d of ['', ...DIRS]) fs.mkdirSync(this.at(d), { recursive: true, mode: 0o700 });
    const real = fs.realpathSync(this.dir);
    if (HELD.has(real)) throw new UploadError('locked', `spool ${this.dir} is already used by another Uploader of this process`);
    const file = this.at('lock');
    const mine: SpoolLock = { pid: process.pid, hostname: os.hostname(), since: new Date().toISOString() };
    for (let tries = 0; ; tries++) {
      try {
        const fd = fs.openSync(file, 'wx', 0o600);
        try {
          fs.writeSync(fd, JSON.stringify(mine) + '\n');
          fs.fsyncSync(fd);
        } finally {
          fs.closeSync(fd);
        }
        fsyncDirSync(this.dir);
        break;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || tries > 0) throw e;
        const holder = this.readLock(file);
        if (!holder.stale) {
          throw new UploadError('locked', `spool ${this.dir} is in use by process ${holder.lock?.pid ?? '?'} on ${holder.lock?.hostname ?? '?'} since ${holder.lock?.since ?? '?'}; if that process is gone, remove ${file}`);
        }
        fs.rmSync(file, { force: true });
      }
    }
    HELD.add(real);
    this.lockedAs = real;
  }

  /** The lock file's holder, and whether it is certainly gone (a dead process of this host). */
  private readLock(file: string): { lock?: SpoolLock; stale: boolean } {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      return { stale: false };
    }
    try {
      const lock = JSON.parse(text) as SpoolLock;
      if (lock.hostname !== os.hostname()) return { lock, stale: false };
      // our own pid without our own hold is a previous life of this process (a restarted container)
      return { lock, stale: lock.pid === process.pid || !alive(lock.pid) };
    } catch {
      // written by a process that died before finishing it, unless it is being written right now
      return { stale: Date.now() - fs.statSync(file).mtimeMs > 10_000 };
    }
  }

  /** Reads the spool back after a start or a crash and finishes what a crash interrupted. */
  async open(): Promise<void> {
    for (const d of ['', ...DIRS]) {
      for (const name of await fsp.readdir(this.at(d))) if (name.endsWith(TEMP_SUFFIX)) await fsp.rm(this.at(d, name), { force: true });
    }
    const saved = await readJsonIfExists<SpoolState>(this.at('state.json'));
    if (saved) this.state = saved;
    let changed = !saved;

    // the journal: older generations were fully batched; a torn tail was never acknowledged
    for (const name of await fsp.readdir(this.dir)) {
      const m = JOURNAL_FILE.exec(name);
      if (!m) continue;
      if (Number(m[1]) < this.state.journal) await removeDurably(this.at(name));
      else if (Number(m[1]) > this.state.journal) throw new UploadError('corrupt', `spool ${this.dir}: ${name} is newer than state.json says`);
    }
    const text = await fsp.readFile(this.journalPath, 'utf8').catch((e) => {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return '';
      throw e;
    });
    const { lines, end } = committedLines(text);
    const endBytes = Buffer.byteLength(text.slice(0, end));
    if (end < text.length) {
      const h = await fsp.open(this.journalPath, 'r+');
      try {
        await h.truncate(endBytes);
        await h.sync();
      } finally {
        await h.close();
      }
    }
    this.journalCount = lines.length;
    this.journalSize = endBytes;
    if (this.state.consumed > this.journalCount) throw new UploadError('corrupt', `spool ${this.dir}: state.json counts ${this.state.consumed} records batched, the journal holds ${this.journalCount}`);

    // moves a crash interrupted: the receipt or problem is written before the batch moves
    const files = async (folder: Folder) => (await fsp.readdir(this.at(folder))).filter((n) => BATCH_FILE.test(n));
    for (const name of await files('pending')) {
      const seq = Number(BATCH_FILE.exec(name)![1]);
      if (fs.existsSync(this.at('sent', `${seq}.receipt.json`))) await moveDurably(this.at('pending', name), this.at('sent', name));
      else if (fs.existsSync(this.at('rejected', `${seq}.problem.json`))) await moveDurably(this.at('pending', name), this.at('rejected', name));
    }

    // a batch written whose state was not: adopt it, so its records are not batched again
    const pendingFiles = await files('pending');
    const orphans = pendingFiles.map((n) => Number(BATCH_FILE.exec(n)![1])).filter((s) => s >= this.state.nextSequence).sort((a, b) => a - b);
    for (const seq of orphans) {
      const name = pendingFiles.find((n) => Number(BATCH_FILE.exec(n)![1]) === seq)!;
      const batch = parseBatch(await fsp.readFile(this.at('pending', name)), formOfFile(name)!);
      const from = this.state.consumed;
      const slice = lines.slice(from, from + batch.records.length).map((l) => JSON.parse(l));
      if (seq !== this.state.nextSequence || slice.length !== batch.records.length || batchChecksum(slice) !== batchChecksum(batch.records)) {
        throw new UploadError('corrupt', `spool ${this.dir}: pending/${name} is not the next batch of the journal`, { sequenceNumber: seq });
      }
      this.state = { ...this.state, nextSequence: seq + 1, consumed: from + batch.records.length };
      changed = true;
    }

    // the counter never goes back, even if state.json was lost or restored from an old copy
    let max = 0;
    for (const folder of DIRS) for (const n of await files(folder)) max = Math.max(max, Number(BATCH_FILE.exec(n)![1]));
    if (max >= this.state.nextSequence) {
      this.state = { ...this.state, nextSequence: max + 1 };
      changed = true;
    }
    if (changed) await this.saveState();

    this.pending.clear();
    for (const n of await files('pending')) this.pending.set(Number(BATCH_FILE.exec(n)![1]), formOfFile(n)!);
    this.counts.sent = (await fsp.readdir(this.at('sent'))).filter((n) => n.endsWith('.receipt.json')).length;
    this.counts.rejected = (await files('rejected')).length;
  }

  private saveState(): Promise<void> {
    return writeFileAtomic(this.at('state.json'), JSON.stringify(this.state) + '\n');
  }

  /** Records added and not yet in a batch. */
  get journaled(): number {
    return this.journalCount - this.state.consumed;
  }
  get pendingCount(): number {
    return this.pending.size;
  }
  get nextSequence(): number {
    return this.state.nextSequence;
  }
  /** The lowest pending sequence number: batches go in order. */
  nextPending(): number | undefined {
    let min: number | undefined;
    for (const s of this.pending.keys()) if (min === undefined || s < min) min = s;
    return min;
  }

  /** Appends records (their JSON, one per line) as one unit, durable when it resolves. */
  async append(lines: readonly string[]): Promise<void> {
    if (!this.journalHandle) {
      this.journalHandle = await fsp.open(this.journalPath, 'a', 0o600);
      await fsyncDir(this.dir);
    }
    const text = `${lines.join('\n')}\n#${lines.length}\n`;
    try {
      await this.journalHandle.write(text);
      await this.journalHandle.sync();
    } catch (e) {
      // leave no half-written unit for the next append to follow
      await this.journalHandle.truncate(this.journalSize).catch(() => undefined);
      throw e;
    }
    this.journalSize += Buffer.byteLength(text);
    this.journalCount += lines.length;
  }

  /**
   * Forms batches of the journaled records, in order: each is written to pending/ before the
   * state that counts it. `make` gives the bytes of the batch with a sequence number.
   */
  async form(make: (records: FsjcRecord[], sequenceNumber: number) => { bytes: Uint8Array; form: BatchForm }, limits: { batchSize: number; maxBatchBytes?: number }): Promise<number[]> {
    if (this.journaled === 0) return [];
    const { lines } = committedLines(await fsp.readFile(this.journalPath, 'utf8'));
    const todo = lines.slice(this.state.consumed, this.journalCount);
    const formed: number[] = [];
    for (let i = 0; i < todo.length; ) {
      let n = 0;
      let size = 512;
      while (i + n < todo.length && n < limits.batchSize) {
        const b = Buffer.byteLength(todo[i + n]) + 1;
        if (limits.maxBatchBytes && n > 0 && size + b > limits.maxBatchBytes) break;
        size += b;
        n++;
      }
      const seq = this.state.nextSequence;
      const { bytes, form } = make(todo.slice(i, i + n).map((l) => JSON.parse(l) as FsjcRecord), seq);
      await writeFileAtomic(this.at('pending', `${seq}.${form}`), bytes);
      this.state = { ...this.state, nextSequence: seq + 1, consumed: this.state.consumed + n };
      await this.saveState();
      this.pending.set(seq, form);
      formed.push(seq);
      i += n;
    }
    if (this.state.consumed === this.journalCount) await this.rotate();
    return formed;
  }

  /** Starts a new journal generation once the current one is all in batches, and drops the old. */
  private async rotate(): Promise<void> {
    const old = this.journalPath;
    await this.journalHandle?.close();
    this.journalHandle = undefined;
    this.state = { ...this.state, journal: this.state.journal + 1, consumed: 0 };
    await this.saveState();
    this.journalCount = 0;
    this.journalSize = 0;
    await removeDurably(old);
  }

  /** The bytes of a pending batch, exactly as first written. */
  async readPending(seq: number): Promise<{ bytes: Buffer; form: BatchForm }> {
    const form = this.pending.get(seq);
    if (!form) throw new Error(`batch ${seq} is not pending`);
    return { bytes: await fsp.readFile(this.at('pending', `${seq}.${form}`)), form };
  }

  /** Keeps the receipt (as received) in sent/ and moves the batch there. */
  async markSent(seq: number, receiptText: string): Promise<void> {
    const form = this.pending.get(seq)!;
    await writeFileAtomic(this.at('sent', `${seq}.receipt.json`), receiptText);
    await moveDurably(this.at('pending', `${seq}.${form}`), this.at('sent', `${seq}.${form}`));
    await removeDurably(this.at('pending', `${seq}.unverified-receipt.json`));
    this.pending.delete(seq);
    this.counts.sent++;
  }

  /** Keeps the centre's answer in rejected/ and moves the batch there. */
  async markRejected(seq: number, rejection: RejectionRecord): Promise<void> {
    const form = this.pending.get(seq)!;
    await writeFileAtomic(this.at('rejected', `${seq}.problem.json`), JSON.stringify(rejection, null, 2) + '\n');
    await moveDurably(this.at('pending', `${seq}.${form}`), this.at('rejected', `${seq}.${form}`));
    await removeDurably(this.at('pending', `${seq}.unverified-receipt.json`));
    this.pending.delete(seq);
    this.counts.rejected++;
  }

  /** Keeps a receipt that did not check out beside its batch, which stays pending. */
  async keepUnverified(seq: number, evidence: { status: number; at: string; problems: string[]; receiptText: string }): Promise<void> {
    await writeFileAtomic(this.at('pending', `${seq}.unverified-receipt.json`), JSON.stringify(evidence, null, 2) + '\n');
  }

  /** Moves rejected batches (all, or those named) back to pending, unchanged. */
  async resubmitRejected(sequenceNumbers?: readonly number[]): Promise<number[]> {
    const wanted = sequenceNumbers ? new Set(sequenceNumbers) : undefined;
    const moved: number[] = [];
    for (const name of await fsp.readdir(this.at('rejected'))) {
      const m = BATCH_FILE.exec(name);
      if (!m || (wanted && !wanted.has(Number(m[1])))) continue;
      const seq = Number(m[1]);
      // the problem goes first: a crash in between leaves a rejected batch, never a pending one that looks rejected
      await removeDurably(this.at('rejected', `${seq}.problem.json`));
      await moveDurably(this.at('rejected', name), this.at('pending', name));
      this.pending.set(seq, formOfFile(name)!);
      this.counts.rejected--;
      moved.push(seq);
    }
    return moved.sort((a, b) => a - b);
  }

  /** Closes the journal and gives the lock back. */
  async close(): Promise<void> {
    await this.journalHandle?.close();
    this.journalHandle = undefined;
    if (this.lockedAs) {
      fs.rmSync(this.at('lock'), { force: true });
      HELD.delete(this.lockedAs);
      this.lockedAs = undefined;
    }
  }
}

/** A batch in a spool, as {@link readSpool} lists it. */
export interface SpoolBatch {
  sequenceNumber: number;
  /** Path of the batch file. */
  file: string;
  header: BatchHeader;
}

/** What a spool directory holds, as {@link readSpool} reads it. */
export interface SpoolContents {
  /** The sequence number the next batch will get. */
  nextSequence: number;
  /** Records added and not yet in a batch. */
  journaled: number;
  /** Formed and not yet acknowledged, in sending order; `unverifiedReceipt` when a receipt did not check out. */
  pending: (SpoolBatch & { unverifiedReceipt?: { status: number; at: string; problems: string[]; receiptText: string } })[];
  /** Acknowledged, with the receipt as received; `verified` when a centre key was given and it verifies. */
  sent: { sequenceNumber: number; file: string; receiptFile: string; receipt: Receipt; verified?: boolean }[];
  /** Refused with a final 4xx, with the centre's answer. */
  rejected: (SpoolBatch & { rejection?: RejectionRecord })[];
  /** The process using the spool, if any. */
  lock?: SpoolLock;
}

/**
 * Reads a spool directory without changing it and without taking its lock: what is waiting, what
 * the centre acknowledged (with its receipts, the sending system's proof of delivery) and what it
 * rejected, e.g. for an audit or a status page. With the centre's public key, each kept receipt is
 * verified again.
 *
 * @example
 * const spool = await readSpool('./fsjc-spool', { centrePublicKey });
 * for (const s of spool.sent) console.log(s.sequenceNumber, s.receipt.receiptId, s.verified);
 */
export async function readSpool(spoolDir: string, options: { centrePublicKey?: string | readonly string[] } = {}): Promise<SpoolContents> {
  const dir = path.resolve(spoolDir);
  const state = await readJsonIfExists<SpoolState>(path.join(dir, 'state.json'));
  const list = async (folder: Folder) => {
    const names = await fsp.readdir(path.join(dir, folder)).catch(() => [] as string[]);
    return names.filter((n) => BATCH_FILE.test(n)).sort((a, b) => Number(BATCH_FILE.exec(a)![1]) - Number(BATCH_FILE.exec(b)![1]));
  };
  const batchAt = async (folder: Folder, name: string) => {
    const file = path.join(dir, folder, name);
    const batch = parseBatch(await fsp.readFile(file), formOfFile(name)!);
    return { batch, entry: { sequenceNumber: Number(BATCH_FILE.exec(name)![1]), file, header: batch.header } };
  };

  let journaled = 0;
  if (state) {
    const text = await fsp.readFile(path.join(dir, `journal-${state.journal}.ndjson`), 'utf8').catch(() => '');
    journaled = Math.max(0, committedLines(text).lines.length - state.consumed);
  }
  const pending: SpoolContents['pending'] = [];
  for (const name of await list('pending')) {
    const { entry } = await batchAt('pending', name);
    const unverified = await readJsonIfExists<SpoolContents['pending'][number]['unverifiedReceipt']>(path.join(dir, 'pending', `${entry.sequenceNumber}.unverified-receipt.json`));
    pending.push({ ...entry, ...(unverified ? { unverifiedReceipt: unverified } : {}) });
  }
  const sent: SpoolContents['sent'] = [];
  for (const name of await list('sent')) {
    const seq = Number(BATCH_FILE.exec(name)![1]);
    const receiptFile = path.join(dir, 'sent', `${seq}.receipt.json`);
    const receipt = await readJsonIfExists<Receipt>(receiptFile);
    if (!receipt) continue;
    const item: SpoolContents['sent'][number] = { sequenceNumber: seq, file: path.join(dir, 'sent', name), receiptFile, receipt };
    if (options.centrePublicKey) {
      const { batch } = await batchAt('sent', name);
      item.verified = checkReceipt(receipt, batch, { centrePublicKey: options.centrePublicKey, body: await fsp.readFile(item.file) }).ok;
    }
    sent.push(item);
  }
  const rejected: SpoolContents['rejected'] = [];
  for (const name of await list('rejected')) {
    const { entry } = await batchAt('rejected', name);
    const rejection = await readJsonIfExists<RejectionRecord>(path.join(dir, 'rejected', `${entry.sequenceNumber}.problem.json`));
    rejected.push({ ...entry, ...(rejection ? { rejection } : {}) });
  }
  const lock = await readJsonIfExists<SpoolLock>(path.join(dir, 'lock')).catch(() => undefined);
  let max = 0;
  for (const b of [...pending, ...sent, ...rejected]) max = Math.max(max, b.sequenceNumber);
  return {
    nextSequence: Math.max(state?.nextSequence ?? 1, max + 1),
    journaled,
    pending,
    sent,
    rejected,
    ...(lock ? { lock } : {}),
  };
}
