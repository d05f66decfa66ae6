import path from 'node:path';
import type { Note } from '../suite/types.js';
import { KIT_DATA } from '../suite/load.js';
import { Exchanges } from './http.js';

/** A sending system as named in a batch header and registered with its token. */
export interface Sender {
  senderSystemId: string;
  senderUnitId: string;
  regionCode: string;
}

/** Nanhai's district platform: the sender of the public examples and scenarios of Nanhai. */
export const NANHAI_SENDER: Sender = { senderSystemId: 'NH-XZSP', senderUnitId: 'U440605-XZFW', regionCode: '440605' };
/** Shunde's district platform: a system of another district, for the scope tests. */
export const SHUNDE_SENDER: Sender = { senderSystemId: 'SD-XZSP', senderUnitId: 'U440606-XZFW', regionCode: '440606' };

/** The public test cases (examples/ of the standard), beside the kit in this repository. */
export const DEFAULT_EXAMPLES = path.resolve(KIT_DATA, '..', 'examples');

/** What the centre publishes at GET /v1/centre, as far as the kit uses it. */
export interface CentreInfo {
  centreId?: string;
  keyId?: string;
  publicKey?: string;
}

export interface ServerContextOptions {
  /** The centre's base address, e.g. https://fsjc.example.gov.cn (without /v1). */
  url: string;
  /** The token the centre issued for the kit's sending system. */
  token: string;
  /** The token of a sending system of another district. */
  otherToken: string;
  /** A monitoring centre's token that may read the signals of the kit's district (L4). */
  readerToken?: string;
  system?: Sender;
  other?: Sender;
  profile?: string;
  /**
   * The first sequence number the kit uses. By default the Unix time in milliseconds: a run uses a
   * few dozen numbers within seconds, so one counted in seconds would reuse an earlier run's numbers.
   */
  sequenceBase?: number;
  /** Where the public test cases are (examples/ with valid/ and invalid/). */
  examples?: string;
  now?: () => number;
}

/**
 * Everything the server checks share: where the centre is, the kit's tokens and identities, the
 * sequence numbers it may use, the public key receipts are verified with, and an HTTP helper that
 * writes every exchange down as evidence.
 */
export interface ServerContext {
  url: string;
  token: string;
  otherToken: string;
  readerToken?: string;
  sender: Sender;
  other: Sender;
  profile: string;
  examples: string;
  /** Unique to the run: tags the identifiers the kit makes up (letters and digits). */
  runId: string;
  /** The next unused sequence number for the kit's batches (either system's: numbers are never shared). */
  nextSequence(): number;
  /** What GET /v1/centre said when the run began; the centre-key test reads it again. */
  centre: CentreInfo | undefined;
  now(): number;
  /** A recorder of exchanges for one test. */
  http(signal: AbortSignal): Exchanges;
  /** What an earlier test leaves for later ones (the scenario submission). */
  shared: Map<string, unknown>;
}

/** The kit itself cannot go on (a missing test case, a token not given): an error, not a verdict. */
export class KitProblem extends Error {
  constructor(readonly note: Note) {
    super(note.code);
  }
}

export function serverContext(options: ServerContextOptions): ServerContext {
  const now = options.now ?? Date.now;
  const base = options.sequenceBase ?? Math.floor(now());
  if (!Number.isSafeInteger(base) || base < 1) throw new Error(`sequence base ${base}: a positive whole number`);
  let next = base;
  const url = options.url.replace(/\/+$/, '');
  return {
    url, token: options.token, otherToken: options.otherToken,
    ...(options.readerToken ? { readerToken: options.readerToken } : {}),
    sender: options.system ?? NANHAI_SENDER,
    other: options.other ?? SHUNDE_SENDER,
    profile: options.profile ?? 'foshan',
    examples: options.examples ?? DEFAULT_EXAMPLES,
    runId: base.toString(36).toUpperCase().slice(-10),
    nextSequence: () => next++,
    centre: undefined,
    now,
    http: (signal) => new Exchanges(url, signal),
    shared: new Map(),
  };
}
