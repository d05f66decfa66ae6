import type { Finding } from './finding.js';

/**
 * The stable identifier of the signal a finding raises (FSJC-SIG-003): the same records always
 * give the same ID, so that units' feedback can name it. Long keys are shortened by a hash.
 */
export function signalId(ruleId: string, caseOrUnit: string, key: string): string {
  const id = `SG:${ruleId}:${caseOrUnit}:${key}`.replace(/[^A-Za-z0-9._:-]/g, '_');
  if (id.length <= 128) return id;
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < id.length; i++) {
    h1 = Math.imul(h1 ^ id.charCodeAt(i), 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ id.charCodeAt(i), 0x5bd1e995) >>> 0;
  }
  return `${id.slice(0, 110)}:${h1.toString(16).padStart(8, '0')}${h2.toString(16).padStart(8, '0')}`;
}

export function findingSignalId(f: Finding): string {
  return signalId(f.rule.id, f.caseId ?? f.unitId, f.key);
}
