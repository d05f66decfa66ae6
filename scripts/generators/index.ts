import fs from 'node:fs';
import path from 'node:path';
import { schemasModule, codeListsModule, eventFieldsModule } from './modules.js';
import { validatorModules } from './ajv.js';
import { typesModule } from './types.js';
import { dictionaryPages } from './dictionary.js';
import { requirementsIndex } from './requirements.js';
import { rulesChapter } from './rules-text.js';
import { standardModule } from './standard-module.js';
import { calendarsModule, profilesModule, rulesModule } from './calendars.js';
import { scoringChapter, scoringModule } from './scoring.js';
import { openApiFiles } from './openapi.js';
import { ROOT, SCHEMA_DIR, DO_NOT_EDIT } from './load.js';

/** Every derived file, by path relative to the repository root. */
export async function generateAll(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  out.set('sdk/src/generated/schemas.ts', schemasModule());
  out.set('sdk/src/generated/codelists.ts', codeListsModule());
  out.set('sdk/src/generated/standard.ts', standardModule());
  out.set('sdk/src/generated/event-fields.ts', eventFieldsModule());
  out.set('sdk/src/generated/calendars.ts', calendarsModule());
  out.set('sdk/src/generated/profiles.ts', profilesModule());
  out.set('sdk/src/generated/rules.ts', rulesModule());
  out.set('sdk/src/generated/scoring.ts', scoringModule());
  const v = validatorModules();
  out.set('sdk/src/generated/validators-fast.js', v.fast);
  out.set('sdk/src/generated/validators-full.js', v.full);
  out.set('sdk/src/generated/validators-fast.d.ts', v.dts.replaceAll('PREFIX', 'fast'));
  out.set('sdk/src/generated/validators-full.d.ts', v.dts.replaceAll('PREFIX', 'full'));
  out.set('sdk/src/generated/types.ts', await typesModule());
  for (const [p, text] of dictionaryPages()) out.set(p, text);
  const chapter = rulesChapter();
  out.set('standard/text/13-signals.md', chapter);
  const scoring = scoringChapter();
  out.set('standard/text/14-scoring.md', scoring);
  out.set('standard/requirements.json', requirementsIndex(new Map([['13-signals.md', chapter], ['14-scoring.md', scoring]])));
  const openapi = openApiFiles();
  out.set('schemas/v1/openapi.json', openapi.json);
  out.set('core/src/generated/openapi.ts', openapi.module);
  const xsd = await tryXsd();
  if (xsd) {
    out.set('schemas/v1/fsjc.xsd', xsd);
    out.set('sdk/src/generated/xsd.ts', `// ${DO_NOT_EDIT}\n/** The published XSD (schemas/v1/fsjc.xsd), embedded for in-process validation. */\nexport const XSD: string = ${JSON.stringify(xsd)};\n`);
  }
  return out;
}

async function tryXsd(): Promise<string | undefined> {
  const file = path.join(ROOT, 'scripts/generators/xsd.ts');
  if (!fs.existsSync(file)) return undefined;
  const mod = await import('./xsd.js');
  return mod.generateXsd(SCHEMA_DIR);
}

export { ROOT, DO_NOT_EDIT };
