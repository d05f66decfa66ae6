import type { ScratchDir } from './scratch.js';

/** Memory for facts by default: large inputs spill beyond it, a batch of thousands of records never does. */
export const DEFAULT_BUDGET = 16 << 20;

/**
 * The memory the stores of facts (rows, texts) may hold together. A store that is full grows
 * while the budget allows, and otherwise appends what it holds to its temporary file and starts
 * again, so validation holds about this much however large the input.
 */
export class MemoryBudget {
  private held = 0;

  constructor(readonly limit: number, readonly scratch: ScratchDir) {
    this.chunk = Math.min(32 << 10, Math.max(256, limit >> 7)) & ~31;
  }

  /** Takes `bytes` more if they fit; `force` takes them anyway (a store's smallest useful size). */
  take(bytes: number, force = false): boolean {
    if (!force && this.held + bytes > this.limit) return false;
    this.held += bytes;
    return true;
  }

  /** Bytes of a chunk of rows (a multiple of every row's size): large writes when spilling, a few hundred bytes for a tiny budget. */
  readonly chunk: number;
  /** Chunks a store gave back, for the next store that grows. */
  private readonly free: ArrayBuffer[] = [];

  /** A chunk: one given back, or a new one if the budget allows it (or `force`), else undefined. */
  chunkBuffer(force: boolean): ArrayBuffer | undefined {
    const reused = this.free.pop();
    if (reused) return reused;
    // not zeroed: a store writes every row and text before reading it
    return this.take(this.chunk, force) ? (Buffer.allocUnsafeSlow(this.chunk).buffer as ArrayBuffer) : undefined;
  }

  /** Chunks a store no longer needs: they stay held, for others. */
  giveBack(chunks: ArrayBuffer[]): void {
    this.free.push(...chunks);
  }

  /** A store's least size before it spills rather than grows: writes stay large, unless the budget is tiny. */
  get floor(): number {
    return Math.min(64 << 10, this.limit >> 6);
  }
}
