/**
 * @fsjc/core: the reference monitoring core.
 *
 * The ingest server, storage and scheduler are built on the exchange standard and the SDK's pure
 * engines; what is here so far publishes the scores: editions, CSV and the printable monthly report.
 */
export { STANDARD_VERSION, SUPPORTED_MAJORS } from '@fsjc/sdk';
export * from './report/index.js';
