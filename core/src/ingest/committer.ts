import { commitGroup, prepareBatch, type IngestContext, type PreparedBatch, type SubmitRequest, type SubmitResult } from './submit.js';

/** Most batches one transaction takes. */
const MAX_GROUP = 64;

/**
 * Group commit: batches are read and validated as they come, many at once; those ready wait here
 * and are judged and stored together, one transaction for all that arrived while the previous
 * one was being written. One durable write serves many receipts, and no two groups overlap, so
 * every batch is judged against everything stored before it (FSJC-API-010).
 */
export class Committer {
  private waiting: { batch: PreparedBatch; resolve: (r: SubmitResult) => void; reject: (e: unknown) => void }[] = [];
  private running: Promise<void> | undefined;

  constructor(private readonly ctx: IngestContext, private readonly onFailure: () => Promise<void>) {}

  async submit(req: SubmitRequest): Promise<SubmitResult> {
    const batch = await prepareBatch(this.ctx, req);
    return new Promise<SubmitResult>((resolve, reject) => {
      this.waiting.push({ batch, resolve, reject });
      this.running ??= this.drain();
    });
  }

  /** Resolves once nothing is waiting or being written. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    try {
      while (this.waiting.length) {
        const group = this.waiting.splice(0, MAX_GROUP);
        try {
          const outcomes = await commitGroup(this.ctx, group.map((g) => g.batch));
          outcomes.forEach((o, i) => ('result' in o ? group[i].resolve(o.result) : group[i].reject(o.error)));
        } catch (e) {
          // the transaction failed: nothing of the group is stored, and what was learnt from it in memory is undone
          await this.onFailure().catch(() => undefined);
          for (const g of group) g.reject(e);
        }
      }
    } finally {
      this.running = undefined;
    }
  }
}
