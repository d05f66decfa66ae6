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

  constructor(readonly limit: number, readonly scratch: ScratchDir) {}

  /** Takes `bytes` more if they fit; `force` takes them anyway (a store's smallest useful size). */
  take(bytes: number, force = false): boolean {
    if (!force && this.held + bytes > this.limit) return false;
    this.held += bytes;
    return true;
  }

  give(bytes: number): void {
    this.held -= bytes;
  }

  /** A store's least size before it spills rather than grows: writes stay large, unless the budget is tiny. */
  get floor(): number {
    return Math.min(64 << 10, this.limit >> 6);
  }
}
