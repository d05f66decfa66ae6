import type { Check } from '../../suite/run.js';
import type { ServerContext } from '../context.js';
import { validExamplesCheck } from './valid-examples.js';
import { invalidExamplesCheck } from './invalid-examples.js';
import { centreKey } from './centre-key.js';
import { receipt } from './receipt.js';
import { batchStatus } from './batch-status.js';
import { resend } from './resend.js';
import { sequenceConflict } from './sequence-conflict.js';
import { revisionNotNewer } from './revision-not-newer.js';
import { acceptance } from './acceptance.js';
import { mediaType } from './media-type.js';
import { ndjson } from './ndjson.js';
import { xmlGb18030 } from './xml-gb18030.js';
import { problemBody } from './problem-body.js';
import { unauthorized } from './unauthorized.js';
import { scopeHeader } from './scope-header.js';
import { scopeRecords } from './scope-records.js';
import { scenarioSubmit } from './scenario-submit.js';
import { scenarioSignals } from './scenario-signals.js';

/** The checks of server conformance, by ID, in the order of the levels they serve. */
export const SERVER_CHECKS: ReadonlyMap<string, Check<ServerContext>> = new Map(
  [
    validExamplesCheck, invalidExamplesCheck,
    centreKey, receipt, batchStatus, resend, sequenceConflict, revisionNotNewer, acceptance, mediaType, ndjson, xmlGb18030, problemBody,
    unauthorized, scopeHeader, scopeRecords,
    scenarioSubmit, scenarioSignals,
  ].map((c) => [c.id, c]),
);
