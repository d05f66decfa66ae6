import fs from 'node:fs';
import path from 'node:path';
import { ROOT, DO_NOT_EDIT } from './load.js';

/** sdk/src/generated/standard.ts: the version facts of standard/versions.json. */
export function standardModule(): string {
  const v = JSON.parse(fs.readFileSync(path.join(ROOT, 'standard/versions.json'), 'utf8'));
  return `// ${DO_NOT_EDIT}\n` +
    `/** The version of the standard this SDK implements. */\nexport const STANDARD_VERSION = ${JSON.stringify(v.current)};\n` +
    `/** Major versions accepted (FSJC-VER-003): the current one and the previous one. */\nexport const SUPPORTED_MAJORS: readonly number[] = ${JSON.stringify(v.supportedMajors)};\n` +
    `/** XML namespace of each major version (FSJC-XML-001). */\nexport const XML_NAMESPACES: Readonly<Record<string, string>> = ${JSON.stringify(v.namespaces)};\n`;
}
