import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import { openApiDocument } from '@fsjc/core';

/**
 * The API's bodies as the standard describes them: the components of schemas/v1/openapi.json
 * (receipt, problem, batch status, centre), which are the schemas of schemas/v1/api/.
 */
export type ApiSchema = 'Receipt' | 'Problem' | 'BatchStatus' | 'Centre' | 'SignalPage';

const ID = 'https://fsjc.org.cn/schemas/v1/openapi.json';
let ajv: InstanceType<typeof Ajv2020> | undefined;
const compiled = new Map<ApiSchema, ValidateFunction>();

function validator(name: ApiSchema): ValidateFunction {
  let v = compiled.get(name);
  if (!v) {
    // formats are checked by the schemas' own patterns where they matter (times, hashes)
    ajv ??= new Ajv2020({ allErrors: true, strict: false, validateFormats: false }).addSchema({ ...(openApiDocument() as object), $id: ID });
    v = ajv.getSchema(`${ID}#/components/schemas/${name}`)!;
    compiled.set(name, v);
  }
  return v;
}

/** What is wrong with a body against an API schema: the first few problems, none when it conforms. */
export function schemaProblems(name: ApiSchema, body: unknown, most = 5): string[] {
  const v = validator(name);
  if (v(body)) return [];
  return (v.errors ?? []).slice(0, most).map((e) => `${e.instancePath || '/'} ${e.message}`);
}
