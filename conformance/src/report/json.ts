import { canonicalJson } from '@fsjc/sdk';
import { sm3 } from 'sm-crypto-v2';
import type { RunReport } from '../suite/types.js';

/**
 * The JSON report (FSJC-CONF-015): pretty, with a final newline, the members in the order the
 * runner built them, so the same run always gives the same bytes and a diff reads well.
 */
export function reportJson(report: RunReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * The report's SM3 digest as a certificate carries it (FSJC-CONF-016): over the UTF-8 bytes of the
 * RFC 8785 canonical JSON, so neither key order nor layout changes it. The report first goes
 * through JSON, so a report in memory and the same report read back from report.json give the
 * same digest (dropped undefined members, dates as strings…).
 */
export function reportDigest(report: RunReport): string {
  const asRead: unknown = JSON.parse(JSON.stringify(report));
  return sm3(Uint8Array.from(Buffer.from(canonicalJson(asRead), 'utf8')));
}

/** The most evidence the HTML page and JUnit XML show of one test; report.json keeps it all. */
export const EVIDENCE_LIMIT = 20_000;

/**
 * A test's evidence as readable text (a string as is, anything else as pretty JSON), cut at
 * `limit` characters so one verbose test cannot make a page unprintable. Never cuts a character
 * in two.
 */
export function evidenceText(evidence: unknown, limit = EVIDENCE_LIMIT): { text: string; truncated: boolean; length: number } {
  let text: string;
  try {
    text = typeof evidence === 'string' ? evidence : JSON.stringify(evidence, null, 2) ?? String(evidence);
  } catch {
    // a cycle or a BigInt: still show something rather than lose the report
    text = String(evidence);
  }
  if (text.length <= limit) return { text, truncated: false, length: text.length };
  let end = limit;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return { text: text.slice(0, end), truncated: true, length: text.length };
}
