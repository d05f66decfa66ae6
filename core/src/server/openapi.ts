import { OPENAPI } from '../generated/openapi.js';

/** The OpenAPI 3.1 document of the centre's API, the same as the committed schemas/v1/openapi.json. */
export function openApiDocument(): unknown {
  return OPENAPI;
}
