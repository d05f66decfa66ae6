import { CODELISTS, type GeneratedCodeList } from '../generated/codelists.js';

export type CodeList = GeneratedCodeList;
export type Lang = 'zh' | 'en';

/** A code list of the standard by name (e.g. `caseType`), as published in standard/codelists/. */
export function codeList(name: string): CodeList | undefined {
  return CODELISTS[name];
}

/** The names of every code list of the standard. */
export function codeListNames(): string[] {
  return Object.keys(CODELISTS);
}

const lookups = new Map<string, Map<string, { deprecated?: string; title_zh: string; title_en: string }>>();

function lookup(name: string) {
  let m = lookups.get(name);
  if (!m) {
    m = new Map((CODELISTS[name]?.codes ?? []).map((c) => [c.code, c]));
    lookups.set(name, m);
  }
  return m;
}

/** The entry of `code` in code list `name`, or undefined when the code is not listed. */
export function findCode(name: string, code: string) {
  return lookup(name).get(code);
}

/** The title of a code in Chinese or English, or the code itself when it is not listed. */
export function codeTitle(name: string, code: string, lang: Lang = 'zh'): string {
  const c = findCode(name, code);
  return c ? (lang === 'zh' ? c.title_zh : c.title_en) : code;
}
