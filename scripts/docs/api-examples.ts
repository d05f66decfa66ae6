import path from 'node:path';
import ts from 'typescript';
import { ROOT } from '../generators/load.js';

export interface ApiFunction { name: string; file: string; documented: boolean; examples: string[] }

/**
 * Every function the SDK's entry exports, with whether it has a doc comment and the code of its
 * `@example` blocks (fences removed).
 */
export function sdkFunctions(): ApiFunction[] {
  const entry = path.join(ROOT, 'sdk/src/index.ts');
  const program = ts.createProgram([entry], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true, noEmit: true });
  const checker = program.getTypeChecker();
  const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
  const out: ApiFunction[] = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const decls = symbol.declarations ?? [];
    if (!decls.some((d) => ts.isFunctionDeclaration(d))) continue;
    const examples: string[] = [];
    let documented = symbol.getDocumentationComment(checker).length > 0;
    for (const d of decls) {
      for (const tag of ts.getJSDocTags(d)) {
        if (tag.tagName.text !== 'example') continue;
        const text = typeof tag.comment === 'string' ? tag.comment : ts.getTextOfJSDocComment(tag.comment) ?? '';
        examples.push(text.replace(/^```\w*\n?/m, '').replace(/```\s*$/m, '').trim());
      }
      if (ts.getJSDocCommentsAndTags(d).length) documented ||= ts.getJSDocCommentsAndTags(d).some((c) => ts.isJSDoc(c) && !!c.comment);
    }
    out.push({ name: exported.name, file: path.relative(ROOT, decls[0].getSourceFile().fileName), documented, examples });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  for (const f of sdkFunctions()) console.log(`${f.documented ? 'doc' : 'NODOC'} ${f.examples.length ? 'ex' : 'NOEX'} ${f.name} ${f.file}`);
}
