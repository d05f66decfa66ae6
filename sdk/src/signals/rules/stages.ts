import { stageCompletions as completions, type TimedEvent } from '../../clock/case-limits.js';
import type { CaseContext } from '../rule.js';

const cache = new WeakMap<CaseContext, Map<string, TimedEvent>>();

/** When each stage of the case was completed, as of the instant (worked out once per case and instant). */
export function stageCompletions(ctx: CaseContext): Map<string, TimedEvent> {
  let out = cache.get(ctx);
  if (!out) {
    out = completions(ctx.view.events.filter((e) => e.at <= ctx.asOf));
    cache.set(ctx, out);
  }
  return out;
}
