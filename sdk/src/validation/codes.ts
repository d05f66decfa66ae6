import type { Issue, Location, Severity } from './issue.js';

/**
 * Every code the validator emits, with its severity tier and the requirement it cites.
 * Codes are stable: a code is never renamed or reused (FSJC-VAL-002). Add new ones at the end
 * of their group; the words for each live in `messages/zh-CN.json` and `messages/en.json`.
 */
export const CODES = {
  // input that cannot be read as a batch at all
  'parse.json': { severity: 'critical', requirement: 'FSJC-ENV-002' },
  'parse.ndjson': { severity: 'critical', requirement: 'FSJC-ENV-002' },
  'parse.xml': { severity: 'critical', requirement: 'FSJC-XML-002' },
  'parse.encoding': { severity: 'critical', requirement: 'FSJC-ENV-009' },
  'parse.unknownFormat': { severity: 'critical', requirement: 'FSJC-ENV-002' },
  'xml.dtdForbidden': { severity: 'critical', requirement: 'FSJC-XML-008' },
  'xml.namespace': { severity: 'critical', requirement: 'FSJC-XML-001' },
  'xml.unknownElement': { severity: 'critical', requirement: 'FSJC-XML-002' },
  'xml.repeatedElement': { severity: 'critical', requirement: 'FSJC-XML-003' },
  'xml.attributeNotAllowed': { severity: 'critical', requirement: 'FSJC-XML-002' },
  'xml.badValue': { severity: 'critical', requirement: 'FSJC-XML-005' },
  'xml.schema': { severity: 'critical', requirement: 'FSJC-XML-006' },
  'xml.encodingMismatch': { severity: 'critical', requirement: 'FSJC-XML-007' },
  // envelope
  'envelope.notBatch': { severity: 'critical', requirement: 'FSJC-ENV-001' },
  'envelope.missingHeader': { severity: 'critical', requirement: 'FSJC-ENV-001' },
  'envelope.unsupportedVersion': { severity: 'critical', requirement: 'FSJC-VER-003' },
  'envelope.recordCount': { severity: 'error', requirement: 'FSJC-ENV-007' },
  'envelope.checksum': { severity: 'error', requirement: 'FSJC-ENV-008' },
  'envelope.checksumMissing': { severity: 'advisory', requirement: 'FSJC-ENV-008' },
  'envelope.headerNotFirst': { severity: 'warning', requirement: 'FSJC-ENV-010' },
  'envelope.previousMajor': { severity: 'warning', requirement: 'FSJC-VER-003' },
  'envelope.newerMinor': { severity: 'advisory', requirement: 'FSJC-VER-004' },
  // schema (critical: the record is not schema-valid)
  'schema.unknownRecordType': { severity: 'critical', requirement: 'FSJC-DATA-001' },
  'schema.required': { severity: 'critical', requirement: 'FSJC-DATA-001' },
  'schema.requiredForEventType': { severity: 'critical', requirement: 'FSJC-DATA-030' },
  'schema.unknownField': { severity: 'critical', requirement: 'FSJC-DATA-002' },
  'schema.misspeltField': { severity: 'critical', requirement: 'FSJC-DATA-002' },
  'schema.type': { severity: 'critical', requirement: 'FSJC-DATA-001' },
  'schema.closedCode': { severity: 'critical', requirement: 'FSJC-DATA-007' },
  'schema.enum': { severity: 'critical', requirement: 'FSJC-DATA-001' },
  'schema.const': { severity: 'critical', requirement: 'FSJC-DATA-001' },
  'schema.pattern': { severity: 'critical', requirement: 'FSJC-DATA-001' },
  'schema.dateTime': { severity: 'critical', requirement: 'FSJC-DATA-005' },
  'schema.format': { severity: 'critical', requirement: 'FSJC-DATA-001' },
  'schema.range': { severity: 'critical', requirement: 'FSJC-DATA-001' },
  'schema.length': { severity: 'critical', requirement: 'FSJC-DATA-001' },
  'schema.items': { severity: 'critical', requirement: 'FSJC-DATA-001' },
  'schema.other': { severity: 'critical', requirement: 'FSJC-DATA-001' },
  // semantics
  'codelist.unknownCode': { severity: 'warning', requirement: 'FSJC-DATA-007' },
  'codelist.deprecatedCode': { severity: 'warning', requirement: 'FSJC-VER-005' },
  'field.deprecated': { severity: 'warning', requirement: 'FSJC-VER-005' },
  'id.duplicate': { severity: 'error', requirement: 'FSJC-DATA-010' },
  'id.usccCheckCharacter': { severity: 'error', requirement: 'FSJC-DATA-012' },
  'id.residentIdCheckDigit': { severity: 'error', requirement: 'FSJC-DATA-013' },
  'id.residentIdBirthDate': { severity: 'error', requirement: 'FSJC-DATA-013' },
  'region.unknownProvince': { severity: 'error', requirement: 'FSJC-DATA-011' },
  'region.notInProfile': { severity: 'error', requirement: 'FSJC-DATA-011' },
  'region.unlisted': { severity: 'advisory', requirement: 'FSJC-DATA-011' },
  'privacy.clearIdNumber': { severity: 'error', requirement: 'FSJC-PRIV-001' },
  'privacy.protectionMissing': { severity: 'error', requirement: 'FSJC-PRIV-002' },
  'privacy.nameNotMasked': { severity: 'warning', requirement: 'FSJC-PRIV-003' },
  'privacy.residentIdInClear': { severity: 'error', requirement: 'FSJC-PRIV-004' },
  'privacy.organisationMasked': { severity: 'error', requirement: 'FSJC-PRIV-005' },
  'ref.wrongType': { severity: 'error', requirement: 'FSJC-DATA-009' },
  'ref.notInInput': { severity: 'advisory', requirement: 'FSJC-DATA-009' },
  'time.beforeReceipt': { severity: 'error', requirement: 'FSJC-DATA-050' },
  'time.afterSent': { severity: 'error', requirement: 'FSJC-DATA-051' },
  'time.endBeforeStart': { severity: 'error', requirement: 'FSJC-DATA-038' },
  'time.receiptMismatch': { severity: 'warning', requirement: 'FSJC-DATA-030' },
  'event.fieldMissing': { severity: 'error', requirement: 'FSJC-DATA-030' },
  'event.wrongStart': { severity: 'error', requirement: 'FSJC-DATA-038' },
  'evaluation.levelNotOnScale': { severity: 'error', requirement: 'FSJC-DATA-060' },
} as const satisfies Record<string, { severity: Severity; requirement: string }>;

export type IssueCode = keyof typeof CODES;

/**
 * Findings after which the batch was not read whole, so its envelope is not checked against it
 * (record count, checksum, missing header): those would only repeat the same fault.
 */
export const NOT_READ_WHOLE: ReadonlySet<string> = new Set([
  'parse.json', 'parse.ndjson', 'parse.xml', 'parse.encoding', 'parse.unknownFormat', 'xml.dtdForbidden', 'envelope.notBatch',
]);

/** The severity of a finding code and the requirement it cites, or undefined for a code that does not exist. */
export function codeInfo(code: string): { severity: Severity; requirement: string } | undefined {
  return (CODES as Record<string, { severity: Severity; requirement: string }>)[code];
}

/** A finding of `code`, with its severity and requirement from the table above. */
export function newIssue(code: string, params: Record<string, string | number> | undefined, at: Location = {}): Issue {
  const info = codeInfo(code);
  if (!info) throw new Error(`unknown issue code ${code}`);
  return { code, severity: info.severity, requirement: info.requirement, ...(params ? { params } : {}), ...at };
}
