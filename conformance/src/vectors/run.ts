import fs from 'node:fs';
import path from 'node:path';
import { clockVectorDifferences, runClockVector, type ClockVector } from './clock.js';
import { runScoresVector, scoresVectorDifferences, type ScoresVector } from './scores.js';
import { runSignalsVector, signalsVectorDifferences, type SignalsVector } from './signals.js';

export type AnyVector = ClockVector | SignalsVector | ScoresVector;

export interface VectorResult {
  file: string;
  id: string;
  description: string;
  requirements: string[];
  /** pass: the implementation agrees; fail: it does not; error: the vector could not be run (the tool or the vector is broken). */
  outcome: 'pass' | 'fail' | 'error';
  differences: string[];
}

/** Runs one vector against the implementation in this repository. */
export function runVector(v: AnyVector): { outcome: VectorResult['outcome']; differences: string[] } {
  try {
    const differences = v.kind === 'signals' ? signalsVectorDifferences(v, runSignalsVector(v))
      : v.kind === 'scores' ? scoresVectorDifferences(v, runScoresVector(v))
      : clockVectorDifferences(v, runClockVector(v));
    return { outcome: differences.length ? 'fail' : 'pass', differences };
  } catch (e) {
    return { outcome: 'error', differences: [(e as Error).message] };
  }
}

/** The vector files under the paths given (files, or directories searched recursively), in a stable order. */
export function vectorFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (p: string) => {
    const st = fs.statSync(p);
    if (st.isDirectory()) for (const f of fs.readdirSync(p).sort()) walk(path.join(p, f));
    else if (p.endsWith('.json') && !p.endsWith('.schema.json')) out.push(p);
  };
  for (const p of paths) walk(p);
  return out;
}

/** Runs every vector of the files; a file that is not a vector file is one error result. */
export function runVectorFiles(files: readonly string[], filter?: (v: AnyVector) => boolean): VectorResult[] {
  const results: VectorResult[] = [];
  for (const file of files) {
    let vectors: AnyVector[];
    try {
      const data = JSON.parse(fs.readFileSync(file, 'utf8'));
      if (!Array.isArray(data.vectors)) throw new Error('no "vectors" array: not a vector file');
      vectors = data.vectors;
    } catch (e) {
      results.push({ file, id: path.basename(file), description: '', requirements: [], outcome: 'error', differences: [(e as Error).message] });
      continue;
    }
    for (const v of vectors) {
      if (filter && !filter(v)) continue;
      results.push({ file, id: v.id, description: v.description, requirements: v.requirements ?? [], ...runVector(v) });
    }
  }
  return results;
}
