/**
 * @fsjc/conformance: the conformance kit (vectors, suites, runner).
 *
 * Test vectors live as language-neutral JSON under conformance/vectors/; this package runs them
 * against the implementation in this repository.
 */
export { STANDARD_VERSION, SUPPORTED_MAJORS } from '@fsjc/sdk';
export { runClockVector, clockVectorDifferences, type ClockVector, type ClockVectorFile } from './vectors/clock.js';
export { runSignalsVector, signalsVectorDifferences, type SignalsVector } from './vectors/signals.js';
export { runScoresVector, scoresVectorDifferences, type ScoresVector, type ExpectedSubject } from './vectors/scores.js';
export { runVector, runVectorFiles, vectorFiles, type AnyVector, type VectorResult } from './vectors/run.js';
export { simulate, DEFAULT_KNOBS, type Knobs, type SimulationOptions, type SimulatedBatch } from './simulate/simulate.js';
