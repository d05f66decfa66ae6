import type { Rule } from '../rule.js';
import { codelistValues } from './codelist-values.js';
import { deprecatedFields } from './deprecated-fields.js';
import { uscc } from './uscc.js';
import { residentId } from './resident-id.js';
import { region } from './region.js';
import { applicantPrivacy } from './applicant-privacy.js';
import { evaluationScale } from './evaluation-scale.js';
import { duplicateIds } from './duplicate-ids.js';
import { references } from './references.js';
import { eventTimeOrder } from './event-time-order.js';
import { sentTime } from './sent-time.js';
import { standardVersion } from './standard-version.js';
import { eventFields } from './event-fields.js';

/** The semantic rules in the order they run (L2 of the conformance levels). */
export const RULES: readonly Rule[] = [
  standardVersion,
  duplicateIds,
  codelistValues,
  deprecatedFields,
  uscc,
  residentId,
  region,
  applicantPrivacy,
  evaluationScale,
  eventFields,
  references,
  eventTimeOrder,
  sentTime,
];
