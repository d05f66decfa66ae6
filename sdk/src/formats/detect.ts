import type { BatchFormat } from './types.js';

/** The serialisation of a file from its name, or from its first bytes when the name says nothing. */
export function detectFormat(name: string | undefined, head: Uint8Array): BatchFormat | undefined {
  const lower = (name ?? '').toLowerCase();
  if (lower.endsWith('.xml')) return 'xml';
  if (lower.endsWith('.ndjson') || lower.endsWith('.jsonl')) return 'ndjson';
  if (lower.endsWith('.json')) return 'json';
  let i = 0;
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) i = 3;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x0a || head[i] === 0x0d || head[i] === 0x09)) i++;
  if (head[i] === 0x3c) return 'xml';
  if (head[i] === 0x7b) {
    // NDJSON starts with a one-line header object followed by a newline and another object
    const text = Buffer.from(head.subarray(i, Math.min(head.length, i + 65536))).toString('utf8');
    const nl = text.indexOf('\n');
    if (nl > 0) {
      try {
        const first = JSON.parse(text.slice(0, nl));
        if (first && typeof first === 'object' && 'header' in first && !('records' in first)) return 'ndjson';
      } catch { /* not a complete first line: a JSON document */ }
    }
    return 'json';
  }
  return undefined;
}
