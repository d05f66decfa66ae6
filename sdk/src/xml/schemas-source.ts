// The schema files, keyed by file name (e.g. 'case.schema.json'); the one place the XML code
// gets them from, so the source can be swapped without touching the mapping.
export { SCHEMAS } from '../generated/schemas.js';
