import type { Fee, Item } from '../../generated/types.js';
import { parseInstant } from '../../clock/time.js';
import type { CaseContext } from '../rule.js';

/** An amount in yuan as whole fen, so that comparisons are exact. */
export function fen(amount: string | undefined): number | undefined {
  if (amount === undefined) return undefined;
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(amount);
  if (!m) return undefined;
  const v = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0') || 0);
  return m[1] ? -v : v;
}

/** The case's fees charged by the as-of instant, in time order (the case's own worked out once per case and instant). */
export function feesOf(ctx: CaseContext, caseId = ctx.view.case.id): { fee: Fee; at: number }[] {
  const own = caseId === ctx.view.case.id;
  if (own && ctx.fees) return ctx.fees;
  const fees = ctx.world.feesOf(caseId);
  const out = fees.length === 0 ? [] : fees
    .map((fee) => ({ fee, at: parseInstant(fee.chargedAt) }))
    .filter((f) => f.at <= ctx.asOf)
    .sort((a, b) => a.at - b.at || (a.fee.id < b.fee.id ? -1 : 1));
  if (own) ctx.fees = out;
  return out;
}

/** The item's standard for a fee code. */
export function standardOf(item: Item | undefined, feeCode: string | undefined) {
  return feeCode ? item?.fees?.find((f) => f.feeCode === feeCode) : undefined;
}
