/** The page frame of the documentation site: navigation, the language switch and the search box. */
import { escapeHtml } from '../../sdk/src/html.js';

export interface Page {
  /** Path inside the site, e.g. `text/12-clock.html`. */
  path: string;
  title: string;
  /** The page body (HTML). */
  body: string;
  /** Plain text for the search index. */
  text: string;
}

export const NAV: [string, string, string][] = [
  ['index.html', '首页', 'Home'],
  ['text/index.html', '标准正文', 'Text'],
  ['dictionary/index.html', '数据字典', 'Data dictionary'],
  ['codelists/index.html', '代码表', 'Code lists'],
  ['calendars.html', '工作日历', 'Calendars'],
  ['rules.html', '监察规则', 'Rules'],
  ['scoring.html', '测评方法', 'Scoring'],
  ['requirements.html', '要求索引', 'Requirements'],
  ['vectors/index.html', '测试向量', 'Vectors'],
  ['examples.html', '示例', 'Examples'],
  ['changelog.html', '变更日志', 'Change log'],
  ['api/index.html', 'SDK API', 'SDK API'],
  ['sdk-examples.html', 'SDK 示例', 'SDK examples'],
  ['print.html', '印刷版', 'Print edition'],
];

export const esc = escapeHtml;

/** Relative prefix from a page to the site root. */
export const rootOf = (path: string) => '../'.repeat(path.split('/').length - 1);

export function frame(page: Page): string {
  const root = rootOf(page.path);
  const nav = NAV.map(([href, zh, en]) => `<a href="${root}${href}"><span class="zh">${zh}</span><span class="en">${en}</span></a>`).join('');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(page.title)} — FSJC</title>
<link rel="stylesheet" href="${root}assets/site.css">
</head>
<body class="show-zh">
<header>
  <a class="brand" href="${root}index.html">FSJC <span class="zh">行政审批电子监察数据交换标准</span><span class="en">Approval supervision exchange standard</span></a>
  <nav>${nav}</nav>
  <div class="tools">
    <button id="lang" type="button" title="中文 / English">EN</button>
    <input id="q" type="search" placeholder="搜索 Search" autocomplete="off">
    <div id="results" role="listbox"></div>
  </div>
</header>
<main>
${page.body}
</main>
<footer>FSJC · <span class="zh">由 standard/、schemas/ 等源文件生成，请勿手工修改</span><span class="en">generated from standard/, schemas/ and the other sources; do not edit</span></footer>
<script>window.FSJC_ROOT = ${JSON.stringify(root)};</script>
<script src="${root}assets/search-index.js"></script>
<script src="${root}assets/site.js"></script>
</body>
</html>
`;
}

export const CSS = `
body { font-family: "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif; margin: 0; color: #222; line-height: 1.6; }
header { background: #0d3c78; color: #fff; padding: 8px 16px; display: flex; flex-wrap: wrap; gap: 8px 20px; align-items: center; position: sticky; top: 0; z-index: 2; }
header a { color: #fff; text-decoration: none; }
.brand { font-weight: bold; }
nav { display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: 14px; }
.tools { margin-left: auto; position: relative; }
#q { padding: 3px 6px; width: 16em; }
#results { position: absolute; right: 0; top: 32px; background: #fff; color: #222; width: 30em; max-height: 70vh; overflow: auto; box-shadow: 0 2px 8px #0005; display: none; }
#results a { display: block; padding: 6px 10px; color: #0d3c78; border-bottom: 1px solid #eee; }
#results a small { display: block; color: #555; }
main { max-width: 1100px; margin: 0 auto; padding: 16px 24px 48px; }
footer { text-align: center; color: #777; font-size: 12px; padding: 16px; }
table { border-collapse: collapse; margin: 12px 0; font-size: 13px; }
th, td { border: 1px solid #ccc; padding: 4px 6px; vertical-align: top; text-align: left; }
th { background: #eef3fb; }
code, pre { font-family: "Noto Sans Mono CJK SC", monospace; font-size: 12px; }
pre { background: #f6f8fa; padding: 8px; overflow: auto; max-height: 36em; }
.side { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
.req { font-weight: bold; color: #0d3c78; }
body.show-zh .en-only, body.show-zh p.en, body.show-en .zh-only, body.show-en p.zh { display: none; }
body.show-zh header .en, body.show-en header .zh, body.show-zh footer .en, body.show-en footer .zh { display: none; }
@media print { header, footer, .tools { display: none; } body.show-zh p.en, body.show-zh .en-only { display: block; } }
`;

/** The language switch and the offline search (the index is a script, so it works from the file system). */
export const JS = `
(function () {
  var body = document.body, btn = document.getElementById('lang');
  function setLang(l) { body.className = 'show-' + l; btn.textContent = l === 'zh' ? 'EN' : '中文'; try { localStorage.setItem('fsjc-lang', l); } catch (e) {} }
  var saved = null; try { saved = localStorage.getItem('fsjc-lang'); } catch (e) {}
  setLang(saved === 'en' ? 'en' : 'zh');
  btn.addEventListener('click', function () { setLang(body.className === 'show-zh' ? 'en' : 'zh'); });
  var q = document.getElementById('q'), out = document.getElementById('results'), idx = window.FSJC_SEARCH;
  function tokens(s) {
    s = s.toLowerCase(); var t = [], m, re = /[a-z0-9][a-z0-9._-]*|[\\u3400-\\u9fff]+/g;
    while ((m = re.exec(s))) { var w = m[0]; if (/[\\u3400-\\u9fff]/.test(w)) { if (w.length === 1) t.push(w); for (var i = 0; i + 1 < w.length; i++) t.push(w.substr(i, 2)); } else t.push(w); }
    return t;
  }
  function search(s) {
    var ts = tokens(s); if (!ts.length) return [];
    var hits = null;
    ts.forEach(function (t) {
      var list = idx.index[t] || (/^[a-z0-9]/.test(t) ? Object.keys(idx.index).filter(function (k) { return k.indexOf(t) === 0; }).reduce(function (a, k) { return a.concat(idx.index[k]); }, []) : []);
      var set = {}; list.forEach(function (d) { set[d] = 1; });
      hits = hits === null ? set : Object.keys(hits).reduce(function (a, d) { if (set[d]) a[d] = 1; return a; }, {});
    });
    return Object.keys(hits || {}).slice(0, 30).map(function (d) { return idx.docs[d]; });
  }
  q.addEventListener('input', function () {
    var r = search(q.value);
    out.innerHTML = r.map(function (d) { return '<a href="' + window.FSJC_ROOT + d.url + '">' + d.title.replace(/</g, '&lt;') + '<small>' + d.snippet.replace(/</g, '&lt;') + '</small></a>'; }).join('') || (q.value ? '<a>没有结果 No results</a>' : '');
    out.style.display = q.value ? 'block' : 'none';
  });
})();
`;
