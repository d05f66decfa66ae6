import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The directories in use, removed should the process exit before their validation ends. */
const live = new Set<string>();
let hooked = false;
function removeLive(): void {
  for (const dir of live) fs.rmSync(dir, { recursive: true, force: true });
  live.clear();
}

/**
 * The temporary directory facts spill to: made on the first spill only (a batch validated in
 * memory never touches the disk), under the system's temporary directory unless told otherwise,
 * and removed whole by `dispose`, which the validator calls however validation ends, or when the
 * process exits before (process.exit, or a signal a program turns into one: the CLI does).
 * Only a process killed outright leaves it behind.
 */
export class ScratchDir {
  private dir: string | undefined;
  private readonly fds: number[] = [];

  constructor(private readonly parent = os.tmpdir()) {}

  /** The directory, once something has spilled. */
  get path(): string | undefined {
    return this.dir;
  }

  /** A new file in the directory, open for reading and writing. */
  open(name: string): number {
    if (!this.dir) {
      this.dir = fs.mkdtempSync(path.join(this.parent, 'fsjc-facts-'));
      live.add(this.dir);
      if (!hooked) process.on('exit', removeLive);
      hooked = true;
    }
    const fd = fs.openSync(path.join(this.dir, name), 'w+');
    this.fds.push(fd);
    return fd;
  }

  dispose(): void {
    for (const fd of this.fds.splice(0)) {
      try {
        fs.closeSync(fd);
      } catch {
        // already closed: the directory still goes
      }
    }
    if (this.dir) {
      fs.rmSync(this.dir, { recursive: true, force: true });
      live.delete(this.dir);
    }
    this.dir = undefined;
  }
}

/** Writes all of `bytes` at `position`. */
export function writeAll(fd: number, bytes: Uint8Array, position: number): void {
  for (let done = 0; done < bytes.length;) done += fs.writeSync(fd, bytes, done, bytes.length - done, position + done);
}

/** Reads `length` bytes at `position` into `into` (from its start). */
export function readAll(fd: number, into: Uint8Array, length: number, position: number): void {
  for (let done = 0; done < length;) {
    const n = fs.readSync(fd, into, done, length - done, position + done);
    if (n === 0) throw new Error('facts: temporary file shorter than written');
    done += n;
  }
}
