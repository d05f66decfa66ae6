/**
 * @fsjc/core: the reference monitoring core.
 *
 * The ingest server, storage, scheduler and the warning and scoring engine are built on the
 * exchange standard and SDK; until they land this package only fixes the standard version the
 * core speaks, so that every package of the workspace builds and is versioned together.
 */
export { STANDARD_VERSION, SUPPORTED_MAJORS } from '@fsjc/sdk';
