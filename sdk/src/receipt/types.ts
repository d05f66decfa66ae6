/**
 * The receiving centre's receipt for a committed batch (clause 15, FSJC-API-010..016): what a
 * sending system keeps to prove what it sent and when. Signed by the centre with SM2 (GB/T 32918)
 * over the RFC 8785 canonical JSON of every member except `signature`.
 */
export interface Receipt {
  /** `RC-` + the centre's log position: unique per centre. */
  receiptId: string;
  /** The receiving centre (its registered system identifier). */
  centreId: string;
  /** Position of the batch in the centre's append-only log (1, 2, …). */
  logSeq: number;
  /** Chain hash of this log entry and of the entry before it (SM3, lowercase hex). */
  logHash: string;
  prevHash: string;
  /** When the centre committed the batch (ISO 8601 with +08:00). */
  receivedAt: string;
  senderSystemId: string;
  senderUnitId: string;
  sequenceNumber: number;
  /** The header's idempotencyKey, or `<senderSystemId>#<sequenceNumber>` when it had none (FSJC-ENV-005). */
  idempotencyKey: string;
  /** SM3 of the request body exactly as received (lowercase hex). */
  bodyDigest: string;
  /** The record checksum of FSJC-ENV-008 (SM3) over the records as received. */
  checksum: string;
  recordCount: number;
  acceptedCount: number;
  /** Records not accepted under per-record acceptance (FSJC-ENV-013), with the codes of their blocking findings. */
  rejected: { index: number; id?: string; codes: string[] }[];
  status: 'ACCEPTED' | 'PARTIAL';
  signature: { algorithm: 'SM2-SM3'; keyId: string; value: string };
}

/** An error body (RFC 9457 problem details, media type application/problem+json), FSJC-API-020. */
export interface Problem {
  /** `https://fsjc.org.cn/errors/<code>` */
  type: string;
  title: string;
  status: number;
  /** Stable code, e.g. `api.unauthorized`, or a validator code such as `schema.required`. */
  code: string;
  /** The message in the language asked for by Accept-Language (zh-CN by default). */
  detail: string;
  /** The validator's findings that made the batch fail, when it was read. */
  issues?: { code: string; severity: string; message: string; recordIndex?: number; pointer?: string; requirement?: string }[];
  /** For 409 on a sequence number already used by another batch: the receipt of the batch that holds it. */
  receipt?: Receipt;
}
