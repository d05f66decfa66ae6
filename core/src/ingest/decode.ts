import type { BatchFormat } from '@fsjc/sdk';
import { ApiError } from '../errors/problem.js';

const MEDIA_TYPES: Record<string, BatchFormat> = {
  'application/json': 'json',
  'application/x-ndjson': 'ndjson',
  'application/ndjson': 'ndjson',
  'application/jsonl': 'ndjson',
  'application/xml': 'xml',
  'text/xml': 'xml',
};

const CANONICAL: Record<BatchFormat, string> = { json: 'application/json', ndjson: 'application/x-ndjson', xml: 'application/xml' };

/** Media types a batch may be sent as (FSJC-ENV-002, FSJC-API-002). */
export const BATCH_MEDIA_TYPES = Object.keys(MEDIA_TYPES);

/**
 * The serialisation a Content-Type names (FSJC-API-002). JSON and NDJSON are UTF-8 only; an XML
 * batch's encoding is the one its declaration gives (FSJC-ENV-009).
 */
export function formatOf(contentType: string | undefined): { format: BatchFormat; mediaType: string } {
  const [type, ...params] = (contentType ?? '').split(';').map((s) => s.trim());
  const mediaType = type.toLowerCase();
  const format = MEDIA_TYPES[mediaType];
  if (!format) throw new ApiError('api.mediaType', { mediaType: mediaType || '(none)' });
  const charset = params.map((p) => /^charset\s*=\s*"?([^";]+)"?$/i.exec(p)?.[1]?.toLowerCase()).find(Boolean);
  if (charset && format !== 'xml' && charset !== 'utf-8' && charset !== 'utf8') {
    throw new ApiError('api.unreadable', { detail: `charset ${charset}: JSON and NDJSON batches are UTF-8 (FSJC-ENV-009)` });
  }
  return { format, mediaType: CANONICAL[format] };
}

const LT = 0x3c, GT = 0x3e, SLASH = 0x2f, QMARK = 0x3f, BANG = 0x21, QUOTE = 0x22, APOS = 0x27;
const LBRACE = 0x7b, RBRACE = 0x7d, LBRACKET = 0x5b, RBRACKET = 0x5d, BACKSLASH = 0x5c, LF = 0x0a;

/**
 * Refuses what must never reach a parser (FSJC-API-021, FSJC-API-022): a DOCTYPE or ENTITY
 * declaration in XML (no external entities, no entity expansion), and nesting deeper than the
 * limit. One pass over the bytes; encodings the centre accepts are ASCII-compatible, so the
 * markup bytes are found in any of them.
 */
export function screen(body: Uint8Array, format: BatchFormat, maxDepth: number): void {
  if (format === 'xml') screenXml(body, maxDepth);
  else screenJson(body, maxDepth, format === 'ndjson');
}

function screenJson(b: Uint8Array, maxDepth: number, lines: boolean): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
      continue;
    }
    if (c === QUOTE) inString = true;
    else if (c === LBRACE || c === LBRACKET) {
      // an NDJSON line is a batch of its own nesting: its header or record starts at depth 1
      if (++depth > maxDepth + (lines ? 0 : 1)) throw new ApiError('api.tooDeep', { limit: maxDepth });
    } else if (c === RBRACE || c === RBRACKET) depth--;
    else if (c === LF && lines) depth = 0;
  }
}

function screenXml(b: Uint8Array, maxDepth: number): void {
  let depth = 0;
  for (let i = 0; i < b.length; i++) {
    if (b[i] !== LT) continue;
    const next = b[i + 1];
    if (next === BANG) {
      if (startsWith(b, i + 2, 'DOCTYPE') || startsWith(b, i + 2, 'ENTITY')) throw new ApiError('api.dtdForbidden');
      continue;
    }
    if (next === QMARK) continue;
    if (next === SLASH) { depth--; continue; }
    // an opening tag: find its end, skipping quoted attribute values, to see whether it closes itself
    let quote = 0;
    let j = i + 1;
    for (; j < b.length; j++) {
      const c = b[j];
      if (quote) { if (c === quote) quote = 0; } else if (c === QUOTE || c === APOS) quote = c;
      else if (c === GT) break;
    }
    if (b[j - 1] !== SLASH && ++depth > maxDepth + 1) throw new ApiError('api.tooDeep', { limit: maxDepth });
    i = j;
  }
}

function startsWith(b: Uint8Array, at: number, ascii: string): boolean {
  for (let k = 0; k < ascii.length; k++) if (b[at + k] !== ascii.charCodeAt(k)) return false;
  return true;
}
