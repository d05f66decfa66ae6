import { stageCompletions as completions, type TimedEvent } from '../../clock/case-limits.js';
import type { CaseContext } from '../rule.js';

/** The events of the case known at the instant, in time order (worked out once per case and instant). */
export function knownEvents(ctx: CaseContext): readonly TimedEvent[] {
  if (!ctx.known) {
    // events are in time order: the known ones come first
    const events = ctx.view.events;
    ctx.known = events.length && events[events.length - 1].at > ctx.asOf ? events.filter((e) => e.at <= ctx.asOf) : events;
  }
  return ctx.known;
}

/** When each stage of the case was completed, as of the instant (worked out once per case and instant). */
export function stageCompletions(ctx: CaseContext): ReadonlyMap<string, TimedEvent> {
  return (ctx.stages ??= completions(knownEvents(ctx)));
}
