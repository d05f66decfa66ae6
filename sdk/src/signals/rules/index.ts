import type { RuleKind } from '../rules-data.js';
import type { RuleModule } from '../rule.js';
import { limitNear } from './limit-near.js';
import { limitPassed } from './limit-passed.js';
import { noReasons } from './no-reasons.js';
import { decisionBeforeAcceptance } from './decision-before-acceptance.js';
import { stageSkipped } from './stage-skipped.js';
import { stageOrder } from './stage-order.js';
import { separationOfDuties } from './separation.js';
import { feeFreeItem } from './fee-free-item.js';
import { feeAboveStandard } from './fee-above-standard.js';
import { feeNoBasis } from './fee-no-basis.js';
import { feeRepeated } from './fee-repeated.js';
import { lateReport } from './late-report.js';
import { backdated } from './backdated.js';
import { oneStopHoldup } from './one-stop-holdup.js';
import { disclosure } from './disclosure.js';
import { complaintLate } from './complaint-late.js';
import { badReview } from './bad-review.js';
import { observation } from './observation.js';
import { denialOutlier } from './denial-outlier.js';
import { repeatedOffences } from './repeated-offences.js';

/** Every rule kind, in the order they run: case rules, then rules over all records, then rules over what those found. */
export const RULE_MODULES: readonly RuleModule[] = [
  limitNear, limitPassed, noReasons, decisionBeforeAcceptance, stageSkipped, stageOrder, separationOfDuties,
  feeFreeItem, feeAboveStandard, feeNoBasis, feeRepeated, lateReport, backdated, oneStopHoldup,
  disclosure, complaintLate, badReview, observation, denialOutlier,
  repeatedOffences,
];

export const RULE_MODULE: ReadonlyMap<RuleKind, RuleModule> = new Map(RULE_MODULES.map((m) => [m.kind, m]));
