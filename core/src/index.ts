/**
 * @fsjc/core: the reference monitoring core (clause 15): the durable ingest server with its
 * hash-chained batch log on SQLite or PostgreSQL, the warning engine run incrementally, scores per
 * period, access control, webhook notifications, and the publication of scores.
 */
export { STANDARD_VERSION, SUPPORTED_MAJORS } from '@fsjc/sdk';
export * from './report/index.js';
export { Centre, loadCentreKey, type CentreOptions } from './centre.js';
export { buildServer, type ServerOptions } from './server/app.js';
export { WALL_CLOCK, fastClock, manualClock, type CentreClock } from './engine/clock.js';
export { issueToken, checkGrant, ROLES, type TokenGrant } from './access/tokens.js';
export { readableUnits, type Principal } from './access/principal.js';
export { DEFAULT_LIMITS, type IngestLimits } from './ingest/limits.js';
export { webhookSignature } from './notify/deliver.js';
export { API_CODES, type ApiCode } from './errors/codes.js';
export { openStore } from './storage/open.js';
export type { Store, Role, TokenRow, LogEntry, Subscription, OutboxMessage, AuditRow } from './storage/types.js';
export { openApiDocument } from './server/openapi.js';
export { rebuildProjection } from './ingest/rebuild.js';
