import type { TimedEvent } from '../../clock/case-limits.js';
import type { CaseContext } from '../rule.js';

/** Stages completed by other events when no STAGE_COMPLETED names them (FSJC-CLK-016). */
const STAGE_EVENTS: Record<string, string[]> = {
  RECEIVE: ['RECEIVED'], ACCEPT: ['ACCEPTED', 'NOT_ACCEPTED'], CONCLUDE: ['CONCLUDED'], ISSUE: ['CERTIFICATE_ISSUED'],
};

const cache = new WeakMap<CaseContext, Map<string, TimedEvent>>();

/** When each stage of the case was completed, as of the instant (worked out once per case and instant). */
export function stageCompletions(ctx: CaseContext): Map<string, TimedEvent> {
  const hit = cache.get(ctx);
  if (hit) return hit;
  const out = new Map<string, TimedEvent>();
  cache.set(ctx, out);
  for (const e of ctx.view.events) {
    if (e.at > ctx.asOf) break;
    if (e.event.eventType === 'STAGE_COMPLETED' && e.event.stage && !out.has(e.event.stage)) out.set(e.event.stage, e);
  }
  for (const [stage, types] of Object.entries(STAGE_EVENTS)) {
    if (out.has(stage)) continue;
    const e = ctx.view.events.find((x) => x.at <= ctx.asOf && types.includes(x.event.eventType));
    if (e) out.set(stage, e);
  }
  return out;
}
