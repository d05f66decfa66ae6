/** What the centre accepts, published at GET /v1/centre (FSJC-ENV-011, FSJC-API-021). */
export interface IngestLimits {
  /** Largest request body in bytes. */
  maxBodyBytes: number;
  /** Most records in one batch. */
  maxRecords: number;
  /** Deepest nesting of JSON arrays and objects, or XML elements. */
  maxDepth: number;
}

export const DEFAULT_LIMITS: IngestLimits = { maxBodyBytes: 32 << 20, maxRecords: 50_000, maxDepth: 32 };
