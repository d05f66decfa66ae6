/**
 * @fsjc/conformance: the conformance kit (vectors, suites, runner).
 *
 * Test vectors live as language-neutral JSON under conformance/vectors/; this package runs them
 * against the implementation in this repository.
 */
export { STANDARD_VERSION, SUPPORTED_MAJORS } from '@fsjc/sdk';
export { runClockVector, clockVectorDifferences, caseLimitResult, type ClockVector, type ClockVectorFile } from './vectors/clock.js';
