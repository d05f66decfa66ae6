/** A progress bar on stderr, only when stderr is a terminal and the work is big enough to wait for. */
export class Progress {
  private last = 0;
  private readonly started = Date.now();
  private shown = false;
  constructor(private readonly enabled: boolean, private readonly minBytes = 8 << 20) {}

  update(label: string, done: number, total: number): void {
    if (!this.enabled || total < this.minBytes) return;
    const now = Date.now();
    if (now - this.last < 100 && done < total) return;
    this.last = now;
    const width = 30;
    const ratio = total > 0 ? Math.min(1, done / total) : 0;
    const filled = Math.round(ratio * width);
    const mbps = done / 1048576 / Math.max(0.001, (now - this.started) / 1000);
    const name = label.length > 40 ? '…' + label.slice(-39) : label;
    process.stderr.write(`\r${name} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(ratio * 100).toFixed(0).padStart(3)}% ${mbps.toFixed(1)} MB/s `);
    this.shown = true;
  }

  done(): void {
    if (this.shown) process.stderr.write('\n');
    this.shown = false;
  }
}
