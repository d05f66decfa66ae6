/**
 * @fsjc/sdk: build, validate and convert FSJC approval-supervision records.
 *
 * One public entry: everything a vendor needs is exported from here.
 */
export { STANDARD_VERSION, SUPPORTED_MAJORS, XML_NAMESPACES } from './generated/standard.js';
export type * from './generated/types.js';
export { SCHEMAS } from './generated/schemas.js';

export { codeList, codeListNames, codeTitle, findCode, type CodeList } from './codelists/index.js';
export * from './identifiers/index.js';
export { canonicalJson, recordDigest, batchChecksum, BatchChecksum, type ChecksumAlgorithm } from './envelope/checksum.js';

export type { Issue, Severity, Location } from './validation/issue.js';
export { SEVERITIES, isBlocking } from './validation/issue.js';
export { CODES, codeInfo, type IssueCode } from './validation/codes.js';
export type { ValidationReport, IssueGroup, FileResult, SeverityCounts } from './validation/collector.js';
export { validateFiles, validateBatch, readAndValidateBatch, listInputFiles, type ValidateOptions, type ReadBatch } from './validation/validate.js';
export { renderText, renderJson, renderJunit } from './validation/render.js';
export { RULES } from './validation/rules/index.js';
export type { Rule } from './validation/rule.js';
export { formatMessage, issueMessage, fillTemplate, CATALOGUES, type Language } from './messages/index.js';

export type { BatchFormat, BatchItem } from './formats/types.js';
export { detectFormat } from './formats/detect.js';
export { readJsonBatch } from './formats/json-reader.js';
export { readNdjsonBatch } from './formats/ndjson-reader.js';
export { fileChunks } from './formats/source.js';
export { detectFileFormat, readRecordsFromFile, readRecords } from './formats/read.js';
export { record, build, events, createBatch, type RecordFields, type BatchSender } from './builders/index.js';
export { convertFile, type ConvertOptions, type ConvertResult, type XmlEncoding } from './convert/index.js';
export { recordToXml, batchToXml, xmlToBatch, XML_NAMESPACE_V1 } from './xml/mapping.js';
export { readXmlBatch } from './formats/xml-reader.js';

export * from './clock/index.js';
export { profile, profileNames, type Profile, type ProfileClock, type OfficeSpan } from './profiles/index.js';
export * from './signals/index.js';
export * from './scoring/index.js';
export { escapeHtml } from './html.js';
export type { Receipt, Problem } from './receipt/types.js';
export { signReceipt, verifyReceipt, generateCentreKey, signCanonical, verifyCanonical, sm2KeyId, type CentreKey } from './receipt/sign.js';
export * from './upload/index.js';
