import { fillTemplate, issueMessage, type Issue, type Language, type Problem, type Receipt } from '@fsjc/sdk';
import { API_CODES, type ApiCode } from './codes.js';
import en from './en.json';
import zhCN from './zh-CN.json';

const CATALOGUE: Record<Language, Record<string, string>> = { zh: zhCN, en };

/** The language a request asks for (Accept-Language): Chinese unless English comes first. */
export function languageOf(acceptLanguage: string | undefined): Language {
  if (!acceptLanguage) return 'zh';
  for (const part of acceptLanguage.split(',')) {
    const tag = part.split(';')[0].trim().toLowerCase();
    if (tag.startsWith('zh')) return 'zh';
    if (tag.startsWith('en')) return 'en';
  }
  return 'zh';
}

/** An API error: thrown anywhere in a request, turned into a problem body by the server. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiCode,
    readonly params: Record<string, string | number> = {},
    readonly extra: { issues?: Issue[]; receipt?: Receipt; headers?: Record<string, string> } = {},
  ) {
    super(code);
  }
  get status(): number { return API_CODES[this.code].status; }
}

/** Issues listed in a problem body at most; the count in the message is the full number. */
const MAX_ISSUES = 200;

/** The problem body (RFC 9457) for an error, in the language asked for (FSJC-API-020). */
export function problemOf(e: ApiError, lang: Language): Problem {
  const template = CATALOGUE[lang][e.code] ?? CATALOGUE.en[e.code];
  const body: Problem = {
    type: `https://fsjc.org.cn/errors/${e.code}`,
    title: e.code,
    status: e.status,
    code: e.code,
    detail: fillTemplate(template, e.params),
  };
  if (e.extra.issues) {
    body.issues = e.extra.issues.slice(0, MAX_ISSUES).map((i) => ({
      code: i.code, severity: i.severity, message: messageOf(i, lang), requirement: i.requirement,
      ...(i.recordIndex !== undefined ? { recordIndex: i.recordIndex } : {}), ...(i.pointer ? { pointer: i.pointer } : {}),
    }));
  }
  if (e.extra.receipt) body.receipt = e.extra.receipt;
  return body;
}

/** A finding's words: the API's own codes from its catalogue, the validator's from the SDK's. */
export function messageOf(i: Issue, lang: Language): string {
  const template = CATALOGUE[lang][i.code];
  return template ? fillTemplate(template, i.params ?? {}) : issueMessage(i, lang);
}

/** Every catalogue text of the API codes, for the catalogue test. */
export const API_CATALOGUES = CATALOGUE;
