/**
 * @fsjc/conformance: the conformance kit (vectors, suites, runner).
 *
 * Test vectors live as language-neutral JSON under conformance/vectors/. This package will grow
 * the runner and the suites; today it fixes the standard version the kit certifies against.
 */
export { STANDARD_VERSION, SUPPORTED_MAJORS } from '@fsjc/sdk';
