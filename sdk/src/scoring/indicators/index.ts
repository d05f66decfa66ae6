import type { IndicatorModule } from '../indicator.js';
import type { IndicatorKind } from '../method-data.js';
import { caseMean } from './case-mean.js';
import { caseRate } from './case-rate.js';
import { complaintCount } from './complaint-count.js';
import { evaluationRate } from './evaluation-rate.js';
import { rectificationRate } from './rectification-rate.js';
import { reportingRate } from './reporting-rate.js';
import { signalCount } from './signal-count.js';

/** Every indicator kind, in the order of clause 14. */
export const INDICATOR_MODULES: readonly IndicatorModule[] = [caseRate, caseMean, evaluationRate, rectificationRate, reportingRate, signalCount, complaintCount];
export const INDICATOR_MODULE: ReadonlyMap<IndicatorKind, IndicatorModule> = new Map(INDICATOR_MODULES.map((m) => [m.kind, m]));
