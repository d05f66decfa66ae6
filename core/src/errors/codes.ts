/**
 * The API's own error codes (FSJC-API-020): stable identifiers with their HTTP status and the
 * requirement they cite; the words are in the catalogues beside this file.
 */
export const API_CODES = {
  'api.unauthorized': { status: 401, requirement: 'FSJC-API-040' },
  'api.forbidden': { status: 403, requirement: 'FSJC-API-042' },
  'api.senderMismatch': { status: 403, requirement: 'FSJC-API-041' },
  'api.outOfScope': { status: 403, requirement: 'FSJC-API-041' },
  'api.recordTypeNotAllowed': { status: 403, requirement: 'FSJC-API-041' },
  'api.signalNotYours': { status: 403, requirement: 'FSJC-API-043' },
  'api.notFound': { status: 404, requirement: 'FSJC-API-001' },
  'api.badRequest': { status: 400, requirement: 'FSJC-API-001' },
  'api.unreadable': { status: 400, requirement: 'FSJC-API-023' },
  'api.tooDeep': { status: 400, requirement: 'FSJC-API-021' },
  'api.dtdForbidden': { status: 400, requirement: 'FSJC-API-022' },
  'api.bodyTooLarge': { status: 413, requirement: 'FSJC-API-021' },
  'api.tooManyRecords': { status: 413, requirement: 'FSJC-API-021' },
  'api.mediaType': { status: 415, requirement: 'FSJC-API-002' },
  'api.invalidBatch': { status: 422, requirement: 'FSJC-API-003' },
  'api.unsupportedVersion': { status: 422, requirement: 'FSJC-API-024' },
  'api.revisionNotNewer': { status: 422, requirement: 'FSJC-API-015' },
  'api.sequenceConflict': { status: 409, requirement: 'FSJC-API-014' },
  'api.notAnswerable': { status: 409, requirement: 'FSJC-API-043' },
  'api.internal': { status: 500, requirement: 'FSJC-API-020' },
  'api.unavailable': { status: 503, requirement: 'FSJC-API-020' },
} as const satisfies Record<string, { status: number; requirement: string }>;

export type ApiCode = keyof typeof API_CODES;
