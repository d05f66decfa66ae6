/**
 * The kit's side of the exchange interface: every request a check makes goes through here and is
 * written down, so that a failure comes with what was sent and what came back (FSJC-CONF-015).
 */

/** One request and its answer, as evidence: enough to reproduce it, never the token. */
export interface Exchange {
  method: string;
  path: string;
  request: { contentType?: string; bytes: number; acceptLanguage?: string; token: 'kit' | 'other' | 'reader' | 'none' | 'invalid' };
  status: number;
  headers: Record<string, string>;
  /** The start of the body as text. */
  body: string;
  ms: number;
}

/** The answer a check looks at. */
export interface Answer {
  /** Method and path, to name the request in notes. */
  request: string;
  status: number;
  headers: Record<string, string>;
  bytes: Buffer;
  text: string;
  /** The body as JSON, or undefined when it is not JSON. */
  json: unknown;
}

/** The kit could not talk to the system under test: a network failure, not a verdict on the system. */
export class NetworkError extends Error {}

/** Response headers kept in the evidence: those the standard gives meaning to. */
const KEPT_HEADERS = ['content-type', 'location', 'fsjc-replayed', 'retry-after', 'content-language'];
const EXCERPT = 600;

export interface SendOptions {
  token?: string;
  /** Which token it is, for the evidence (the token itself is never written down). */
  as?: Exchange['request']['token'];
  body?: Uint8Array | string;
  contentType?: string;
  acceptLanguage?: string;
}

/** A recorder for one test: sends requests to the centre and keeps each exchange. */
export class Exchanges {
  readonly log: Exchange[] = [];

  constructor(private readonly base: string, private readonly signal: AbortSignal) {}

  async send(method: string, path: string, options: SendOptions = {}): Promise<Answer> {
    const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
    if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
    if (options.contentType !== undefined) headers['content-type'] = options.contentType;
    if (options.acceptLanguage !== undefined) headers['accept-language'] = options.acceptLanguage;
    const body = typeof options.body === 'string' ? Buffer.from(options.body, 'utf8') : options.body;
    const started = Date.now();
    let res: Response;
    let bytes: Buffer;
    try {
      res = await fetch(this.base + path, { method, headers, body, signal: this.signal, redirect: 'manual' });
      bytes = Buffer.from(await res.arrayBuffer());
    } catch (e) {
      const cause = (e as { cause?: { code?: string; message?: string } }).cause;
      throw new NetworkError(`${method} ${path}: ${cause?.code ?? cause?.message ?? (e as Error).message}`);
    }
    const kept: Record<string, string> = {};
    for (const name of KEPT_HEADERS) {
      const v = res.headers.get(name);
      if (v !== null) kept[name] = v;
    }
    const text = bytes.toString('utf8');
    let json: unknown;
    try {
      json = bytes.length ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    this.log.push({
      method, path,
      request: {
        ...(options.contentType ? { contentType: options.contentType } : {}), bytes: body?.length ?? 0,
        ...(options.acceptLanguage ? { acceptLanguage: options.acceptLanguage } : {}), token: options.as ?? (options.token === undefined ? 'none' : 'kit'),
      },
      status: res.status, headers: kept,
      body: text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text,
      ms: Date.now() - started,
    });
    return { request: `${method} ${path}`, status: res.status, headers: kept, bytes, text, json };
  }
}
