import zhCN from './zh-CN.json';
import en from './en.json';
import type { Issue, Severity } from '../validation/issue.js';

export type Language = 'zh' | 'en';
/** Message catalogues by language (FSJC-VAL-002): the only place the words live. */
export const CATALOGUES: Record<Language, Record<string, string>> = { zh: zhCN, en };

const SEVERITY_WORDS: Record<Language, Record<Severity, string>> = {
  zh: { critical: '严重', error: '错误', warning: '警告', advisory: '提示' },
  en: { critical: 'critical', error: 'error', warning: 'warning', advisory: 'advisory' },
};

/** The catalogue text of a code with its parameters filled in; the code itself if unknown. */
export function formatMessage(code: string, params: Record<string, string | number> = {}, lang: Language = 'zh'): string {
  const template = CATALOGUES[lang][code] ?? CATALOGUES.en[code];
  if (!template) return code;
  return fillTemplate(template, params);
}

/** Puts the values into a catalogue text's {placeholders}; a placeholder without a value stays as it is. */
export function fillTemplate(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_m, k: string) => (params[k] !== undefined ? String(params[k]) : `{${k}}`));
}

export function severityWord(severity: Severity, lang: Language = 'zh'): string {
  return SEVERITY_WORDS[lang][severity];
}

/** The message of an issue. */
export function issueMessage(issue: Issue, lang: Language = 'zh'): string {
  return formatMessage(issue.code, { ...(issue.line !== undefined ? { line: issue.line } : {}), ...issue.params }, lang);
}
