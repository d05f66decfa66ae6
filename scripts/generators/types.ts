import { compile } from 'json-schema-to-typescript';
import { loadSchemas, recordTypes, DO_NOT_EDIT } from './load.js';

const pascal = (s: string) => s.replace(/(^|[-_])([a-z])/g, (_m, _p, c: string) => c.toUpperCase());
const RECORD_NAMES: Record<string, string> = { case: 'CaseRecord', event: 'CaseEvent' };
// `Date` would shadow the global Date type for anyone importing it
const defName = (def: string) => (def === 'date' ? 'CalendarDate' : pascal(def));
export const typeName = (recordType: string) => RECORD_NAMES[recordType] ?? pascal(recordType);

/**
 * One bundle of every schema with local refs, so shared definitions become one named type each.
 * Chinese titles are dropped (they would become type names); descriptions become doc comments.
 */
function bundle(): any {
  const schemas = loadSchemas();
  const defs: Record<string, any> = {};
  const rewrite = (node: any): any => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (!node || typeof node !== 'object') return node;
    const out: any = {};
    for (const [k, v] of Object.entries(node)) {
      if (k === 'title' || k === '$schema' || k === '$id') continue;
      if (k === '$ref' && typeof v === 'string') {
        const m = /^common\.schema\.json#\/\$defs\/(\w+)$/.exec(v) ?? /^(\w+)\.schema\.json$/.exec(v);
        if (!m) throw new Error(`unexpected $ref ${v}`);
        const target = v.startsWith('common') ? defName(m[1]) : m[1] === 'header' ? 'BatchHeader' : typeName(m[1]);
        // a $ref with sibling annotations would become a copy of the type: keep the reference only
        return { $ref: `#/$defs/${target}` };
      }
      out[k] = k === 'properties' || k === '$defs'
        ? Object.fromEntries(Object.entries(v as object).map(([pk, pv]) => [pk, rewrite(pv)]))
        : rewrite(v);
    }
    return out;
  };
  for (const [name, def] of Object.entries(schemas.get('common.schema.json')!.$defs)) defs[defName(name)] = rewrite(def);
  defs.BatchHeader = rewrite(schemas.get('header.schema.json'));
  for (const t of recordTypes()) defs[typeName(t)] = rewrite(schemas.get(`${t}.schema.json`));
  // the record union, as the batch's records are typed in TypeScript
  const records = recordTypes().map((t) => ({ $ref: `#/$defs/${typeName(t)}` }));
  defs.FsjcRecord = { description: 'Any FSJC record, discriminated by recordType.', anyOf: records };
  defs.Batch = {
    description: 'An exchange batch (FSJC-ENV-001).', type: 'object', additionalProperties: false,
    properties: { header: { $ref: '#/$defs/BatchHeader' }, records: { type: 'array', items: { $ref: '#/$defs/FsjcRecord' } } },
    required: ['header', 'records'],
  };
  return { $defs: defs, type: 'object', properties: { batch: { $ref: '#/$defs/Batch' } }, additionalProperties: false };
}

/** sdk/src/generated/types.ts */
export async function typesModule(): Promise<string> {
  const ts = await compile(bundle(), 'FsjcTypes', {
    bannerComment: `// ${DO_NOT_EDIT}\n/* eslint-disable */`,
    unreachableDefinitions: true,
    additionalProperties: false,
    ignoreMinAndMaxItems: true,
    strictIndexSignatures: true,
    format: true,
    style: { singleQuote: true, printWidth: 120 },
    customName: (_schema, key) => key,
  });
  const map = recordTypes().map((t) => `  ${JSON.stringify(t)}: ${typeName(t)};`).join('\n');
  return ts + `\n/** Each record type's TypeScript type, by its recordType code. */\nexport interface RecordTypeMap {\n${map}\n}\n`;
}
