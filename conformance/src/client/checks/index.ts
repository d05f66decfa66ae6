import type { Check } from '../../suite/run.js';
import type { ClientContext } from '../context.js';
import { findings } from './findings.js';
import { scenariosSent } from './scenarios-sent.js';
import { scenarioEvents } from './scenario-events.js';
import { backdated } from './backdated.js';
import { sequence } from './sequence.js';
import { encoding } from './encoding.js';
import { resend } from './resend.js';
import { scenarioSignals } from './scenario-signals.js';
import { scenarioScores } from './scenario-scores.js';

/** The checks of client conformance, by ID, in the order of the levels they mostly serve. */
export const CLIENT_CHECKS: ReadonlyMap<string, Check<ClientContext>> = new Map(
  [findings, scenariosSent, scenarioEvents, backdated, sequence, encoding, resend, scenarioSignals, scenarioScores].map((c) => [c.id, c]),
);
