import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../generators/load.js';
import { esc, type Page } from './layout.js';

const readJson = (rel: string) => JSON.parse(fs.readFileSync(path.join(ROOT, rel), 'utf8'));

/**
 * The print edition: laid out like a Chinese standard (cover, foreword, scope, normative
 * references, terms, the clauses, then the annexes with the data dictionary), both languages shown.
 */
export function printPage(textPages: readonly Page[], dictionary: readonly Page[]): Page {
  const version = readJson('standard/versions.json').current;
  // the pages are one folder down; the print edition sits at the root
  const body = (p: Page) => p.body.replace(/(href|src)="\.\.\//g, '$1="');
  const clauses = textPages.filter((p) => /^text\/\d\d-/.test(p.path)).sort((a, b) => a.path.localeCompare(b.path));
  const annexes = textPages.filter((p) => p.path.startsWith('text/annex-')).sort((a, b) => a.path.localeCompare(b.path));
  const html = `<section class="cover">
<p class="cover-code">FSJC ${esc(version)}</p>
<h1 class="cover-title">行政审批电子监察与一站式审批数据交换标准</h1>
<p class="cover-en">Data exchange standard for electronic supervision of administrative approvals and one-stop approval</p>
<p class="cover-issuer">佛山市行政审批电子监察项目办公室 发布</p>
</section>
${clauses.map((p) => `<section class="clause">${body(p)}</section>`).join('\n')}
${annexes.map((p) => `<section class="clause">${body(p)}</section>`).join('\n')}
<section class="clause"><h1>附录A（续）数据字典字段表 Annex A (continued) Field tables</h1>${dictionary.filter((p) => p.path !== 'dictionary/index.html').map((p) => body(p).replace(/<h1>/g, '<h2>').replace(/<\/h1>/g, '</h2>')).join('\n')}</section>`;
  return { path: 'print.html', title: `FSJC ${version} 印刷版 Print edition`, body: html, text: '' };
}

export function printDocument(page: Page): string {
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(page.title)}</title>
<link rel="stylesheet" href="assets/site.css">
<style>
  @page { size: A4; margin: 22mm 20mm; @bottom-center { content: counter(page); font-size: 9pt; } }
  @page :first { @bottom-center { content: none; } }
  body { font-size: 11pt; }
  main { max-width: none; }
  .cover { height: 250mm; display: flex; flex-direction: column; justify-content: center; text-align: center; page-break-after: always; }
  .cover-code { font-size: 14pt; text-align: right; }
  .cover-title { font-size: 26pt; margin: 40mm 0 8mm; }
  .cover-en { font-size: 13pt; color: #444; }
  .cover-issuer { margin-top: 60mm; font-size: 14pt; }
  section.clause { page-break-before: always; }
  h1 { font-size: 16pt; text-align: center; } h2 { font-size: 13pt; } table { font-size: 8.5pt; page-break-inside: auto; } tr { page-break-inside: avoid; }
  p.en { color: #333; }
</style></head>
<body class="show-both"><main>${page.body}</main></body></html>
`;
}

