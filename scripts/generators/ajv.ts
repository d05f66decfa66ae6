import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { _ } from 'ajv/dist/compile/codegen/index.js';
import { FORMATS } from '../../sdk/src/validation/formats.js';
import { loadSchemas, recordTypes, DO_NOT_EDIT } from './load.js';

/** Annotation keywords of the standard: they carry data for tools, not validation. */
export const ANNOTATION_KEYWORDS = ['codelist', 'openCodelist', 'references', 'deprecation'];

export function createAjv(opts: { allErrors: boolean; standalone?: boolean }) {
  const ajv = new (Ajv2020 as any).default({
    allErrors: opts.allErrors,
    strict: true,
    strictRequired: false,
    verbose: opts.allErrors,
    // the compiled validators import the SDK's own format checks (no runtime dependency on ajv-formats)
    code: opts.standalone ? { source: true, esm: true, lines: false, optimize: true, formats: _`require("../validation/formats").FORMATS` } : undefined,
    formats: FORMATS,
  });
  for (const keyword of ANNOTATION_KEYWORDS) ajv.addKeyword({ keyword });
  for (const [, schema] of loadSchemas()) ajv.addSchema(schema);
  return ajv;
}

/**
 * sdk/src/generated/validators.js: ajv validators compiled ahead of time (FSJC-VAL-004: no
 * schema compilation at run time). `fast_*` stop at the first error and run on every record;
 * `full_*` collect all errors and run only on records that failed.
 */
export function validatorsModule(): string {
  const names = ['header', ...recordTypes()];
  const base = 'https://fsjc.org.cn/schemas/v1/';
  const fast = createAjv({ allErrors: false, standalone: true });
  const full = createAjv({ allErrors: true, standalone: true });
  const map = (prefix: string) => Object.fromEntries(names.map((n) => [`${prefix}_${n}`, `${base}${n}.schema.json`]));
  const strip = (code: string) => code.replace(/^"use strict";/, '');
  const fastCode = strip(standaloneCode(fast, map('fast')));
  const fullCode = strip(standaloneCode(full, map('full')));
  // the two compilations share helper names; keep them in separate modules
  return JSON.stringify({ fastCode, fullCode, names });
}

export function validatorModules(): { fast: string; full: string; dts: string } {
  const { fastCode, fullCode, names } = JSON.parse(validatorsModule());
  const head = `// ${DO_NOT_EDIT}\n// @ts-nocheck\n/* eslint-disable */\n`;
  // ajv's ESM output still calls require() for its runtime helpers: turn those into imports.
  const esm = (code: string) => {
    const mods: string[] = [];
    const body = code.replace(/require\("([^"]+)"\)/g, (_m, mod: string) => {
      let i = mods.indexOf(mod);
      if (i < 0) i = mods.push(mod) - 1;
      return `__runtime${i}`;
    });
    // a CommonJS module's exports, whether the loader is Node (namespace.default is module.exports)
    // or a bundler (the namespace is the exports)
    const cjs = 'const __cjs = (ns) => (ns.default && ns.default.__esModule ? ns.default : ns);\n';
    return mods.map((m, i) => `import * as __ns${i} from "${m}.js";\n`).join('') + cjs +
      mods.map((_m, i) => `const __runtime${i} = __cjs(__ns${i});\n`).join('') + body;
  };
  const dts = `// ${DO_NOT_EDIT}\nexport type CompiledValidator = ((data: unknown) => boolean) & { errors?: any[] | null };\n` +
    names.map((n: string) => `export declare const ${'PREFIX'}_${n}: CompiledValidator;`).join('\n') + '\n';
  return { fast: head + esm(fastCode), full: head + esm(fullCode), dts };
}
