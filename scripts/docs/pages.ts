import fs from 'node:fs';
import path from 'node:path';
import { batchToXml } from '../../sdk/src/xml/mapping.js';
import { fieldRows } from '../generators/dictionary.js';
import { loadCodeLists, loadSchemas, recordTypes, ROOT } from '../generators/load.js';
import { extractRequirements } from '../generators/requirements.js';
import { esc, type Page } from './layout.js';
import { copiedFiles as copied, renderMarkdown } from './markdown.js';

const readJson = (rel: string) => JSON.parse(fs.readFileSync(path.join(ROOT, rel), 'utf8'));
const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/g, ' ').replace(/\s+/g, ' ').trim();
const page = (p: string, title: string, body: string): Page => ({ path: p, title, body, text: textOf(body) });
const REQ = /FSJC-[A-Z]+-\d{3}/g;
const reqLinks = (ids: readonly string[], up: string) => ids.map((id) => `<a class="req" href="${up}requirements.html#${id}">${id}</a>`).join(' ');

/** The normative text, one page per clause, and the markdown documents beside it. */
export function textPages(): Page[] {
  const files = fs.readdirSync(path.join(ROOT, 'standard/text')).filter((f) => f.endsWith('.md')).sort();
  const pages = files.map((f) => {
    const sitePath = `text/${path.basename(f, '.md')}.html`;
    const body = renderMarkdown(`standard/text/${f}`, sitePath);
    const title = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(body)?.[1].replace(/<[^>]+>/g, '') ?? f;
    return page(sitePath, title, body);
  });
  const list = pages.map((p) => `<li><a href="${path.basename(p.path)}">${esc(p.title)}</a></li>`).join('');
  return [
    page('text/index.html', '标准正文 Text', `<h1>标准正文 <span class="en-only">The normative text</span></h1><p class="zh">每章先中文、后英文；每条要求有稳定的要求编号。</p><p class="en">Each clause in Chinese, then English; every requirement has a stable ID.</p><ul>${list}</ul>`),
    ...pages,
    page('index.html', 'FSJC', renderMarkdown('standard/README.md', 'index.html')),
    page('changelog.html', '变更日志 Change log', renderMarkdown('standard/CHANGELOG.md', 'changelog.html')),
    page('xml-mapping.html', 'XML 映射 XML mapping', renderMarkdown('docs/xml-mapping.md', 'xml-mapping.html')),
    page('monitoring-core.html', '监察核心运维 Operating the monitoring core', renderMarkdown('docs/monitoring-core.md', 'monitoring-core.html')),
    page('conformance.html', '一致性测试 Conformance testing', renderMarkdown('docs/conformance.md', 'conformance.html')),
  ];
}

/** One page per record type, its field table generated from the schema (FSJC-DATA). */
export function dictionaryPages(): Page[] {
  const schemas = loadSchemas();
  const types = ['header', ...recordTypes()];
  const pages = types.map((t) => {
    const schema = schemas.get(`${t}.schema.json`)!;
    const [zh, en] = String(schema.description ?? '').split('\n\n');
    const rows = fieldRows(t).map((r) => `<tr id="field${esc(r.path.replaceAll('/', '-').replaceAll('*', 'item'))}"><td><code>${esc(r.path)}</code>${r.deprecated ? ' <em>(deprecated 已弃用)</em>' : ''}</td><td>${esc(r.title)}</td><td>${esc(r.type)}</td><td>${r.required ? '是 yes' : ''}</td>` +
      `<td>${r.codelist ? `<a href="../codelists/${r.codelist}.html">${r.codelist}</a> (${r.openCodelist ? '开放 open' : '封闭 closed'})` : r.references ? `→ ${esc(r.references)}` : ''}</td><td>${esc(r.description)}</td><td>${reqLinks(r.requirements, '../')}</td></tr>`).join('\n');
    const body = `<h1>${esc(schema.title)} <code>${t}</code></h1><p class="zh">${esc(zh)}</p><p class="en">${esc(en ?? '')}</p>
<p><a href="../files/schemas/v1/${t}.schema.json">schemas/v1/${t}.schema.json</a></p>
<table><thead><tr><th>字段 Field</th><th>名称 Title</th><th>类型 Type</th><th>必填 Required</th><th>代码表 Code list</th><th>说明 Description</th><th>要求 Requirements</th></tr></thead><tbody>
${rows}
</tbody></table>`;
    return page(`dictionary/${t}.html`, `${schema.title} ${t}`, body);
  });
  const list = types.map((t) => `<li><a href="${t}.html">${esc(schemas.get(`${t}.schema.json`)!.title)} <code>${t}</code></a></li>`).join('');
  return [page('dictionary/index.html', '数据字典 Data dictionary', `<h1>数据字典 <span class="en-only">Data dictionary</span></h1><p class="zh">每种记录类型一页，字段表由 JSON 模式生成。</p><p class="en">One page per record type; the field tables are generated from the JSON Schemas.</p><ul>${list}</ul>`), ...pages];
}

export function codeListPages(): Page[] {
  const lists = loadCodeLists();
  const pages = lists.map((l) => page(`codelists/${l.name}.html`, `${l.title_zh} ${l.name}`, `<h1>${esc(l.title_zh)} <code>${l.name}</code></h1><p class="en">${esc(l.title_en)} — ${l.open ? '开放代码表 open list' : '封闭代码表 closed list'}; <a href="../files/standard/codelists/${l.file}">${l.file}</a></p>
<table><thead><tr><th>代码 Code</th><th>中文</th><th>English</th><th>说明 Description</th><th>弃用 Deprecated</th></tr></thead><tbody>${l.rows.map((r) => `<tr id="${esc(r.code)}"><td><code>${esc(r.code)}</code></td><td>${esc(r.title_zh)}</td><td>${esc(r.title_en)}</td><td>${esc(r.description)}</td><td>${esc(r.deprecated)}</td></tr>`).join('')}</tbody></table>`));
  lists.forEach((l) => copied.add(`standard/codelists/${l.file}`));
  return [page('codelists/index.html', '代码表 Code lists', `<h1>代码表 <span class="en-only">Code lists</span></h1><table><thead><tr><th>代码表 List</th><th>中文</th><th>English</th><th></th></tr></thead><tbody>${lists.map((l) => `<tr><td><a href="${l.name}.html">${l.name}</a></td><td>${esc(l.title_zh)}</td><td>${esc(l.title_en)}</td><td>${l.open ? '开放 open' : '封闭 closed'}</td></tr>`).join('')}</tbody></table>`), ...pages];
}


export function calendarPage(): Page {
  const dir = 'standard/calendars/national';
  const years = fs.readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith('.json')).sort().map((f) => readJson(`${dir}/${f}`));
  const statutory = readJson('standard/calendars/statutory.json');
  const locals = fs.readdirSync(path.join(ROOT, 'standard/calendars/local')).filter((f) => f.endsWith('.json')).sort().map((f) => readJson(`standard/calendars/local/${f}`));
  const yearHtml = years.map((y) => `<h2 id="y${y.year}">${y.year}</h2><p class="zh">${esc(y.notice.title_zh)}（${esc(y.notice.issued)}）</p><p class="en">${esc(y.notice.title_en)} (${esc(y.notice.issued)})</p>
<table><thead><tr><th>节日 Holiday</th><th>放假 Days off</th></tr></thead><tbody>${y.daysOff.map((d: any) => `<tr><td>${d.holiday}</td><td>${d.from} — ${d.to}</td></tr>`).join('')}</tbody></table>
<p>调休上班 Make-up working days: ${y.makeUpWorkdays.map((d: any) => `${d.date} (${d.holiday})`).join('; ') || '—'}</p>`).join('');
  const body = `<h1>工作日历 <span class="en-only">Working calendars</span></h1>
<p class="zh">时限按工作日计算（第12章）。下列为国务院办公厅各年节假日安排；没有通知的年份按法定节假日计算，结果为暂定。</p><p class="en">Limits count working days (clause 12). Below are the State Council's notices by year; a year without a notice uses the statutory holidays and its results are provisional.</p>
${yearHtml}
<h2 id="statutory">法定节假日 Statutory holidays</h2><p class="zh">${esc(statutory.source.title_zh)}</p><p class="en">${esc(statutory.source.title_en)}</p>
<table><thead><tr><th>节日 Holiday</th><th>规则 Rule</th><th>天数 Days</th></tr></thead><tbody>${statutory.holidays.map((h: any) => `<tr><td>${h.holiday}</td><td>${h.rule}${h.month ? ` ${h.month}-${h.day}` : ''}${h.term ? ` ${h.term}` : ''}</td><td>${h.days}</td></tr>`).join('')}</tbody></table>
<h2 id="local">本地停工日 Local closures</h2><table><thead><tr><th>配置 Profile</th><th>停工日 Closures</th></tr></thead><tbody>${locals.map((l) => `<tr><td>${l.profile}</td><td>${l.closures.length ? l.closures.map((c: any) => esc(JSON.stringify(c))).join('<br>') : '无 none'}</td></tr>`).join('')}</tbody></table>`;
  return page('calendars.html', '工作日历 Calendars', body);
}

export function rulesPage(): Page {
  const rules = readJson('standard/rules/rules.json');
  copied.add('standard/rules/rules.json');
  const params = (p: Record<string, unknown>) => Object.entries(p).map(([k, v]) => `${k} = ${esc(typeof v === 'object' ? JSON.stringify(v) : v)}`).join('<br>');
  const rows = rules.rules.map((r: any) => `<tr id="${r.id}"><td><code>${r.id}</code></td><td>${esc(r.title_zh)}<br><span class="en-only">${esc(r.title_en)}</span></td><td>${r.level}</td><td>${r.target}</td><td>${params(r.params)}</td><td>${esc(r.text_zh)}<div class="en-only">${esc(r.text_en)}</div></td><td>${reqLinks([r.requirement], '')}</td></tr>`).join('\n');
  return page('rules.html', '监察规则 Monitoring rules', `<h1>监察规则 <span class="en-only">Monitoring rules</span> ${rules.version}</h1>
<p class="zh">规则以数据形式公布（<a href="files/standard/rules/rules.json">rules.json</a>），第13章由其生成：<a href="text/13-signals.html">13 监察规则和纠错</a>。</p><p class="en">The rules are published as data; <a href="text/13-signals.html">clause 13</a> is generated from it.</p>
<table><thead><tr><th>规则 Rule</th><th>名称 Title</th><th>级别 Level</th><th>对象 Target</th><th>阈值 Thresholds</th><th>规则 Text</th><th>要求</th></tr></thead><tbody>${rows}</tbody></table>`);
}

export function scoringPage(): Page {
  const m = readJson('standard/scoring/method.json');
  copied.add('standard/scoring/method.json');
  const rows = m.indicators.map((i: any) => `<tr id="${i.id}"><td><code>${i.id}</code></td><td>${esc(i.title_zh)}<br><span class="en-only">${esc(i.title_en)}</span></td><td>${i.direction}</td><td>${i.weight}</td><td>${i.zeroAt}</td><td>${i.fullAt}</td><td>${i.levels.join(', ')}</td><td>${esc(i.text_zh)}<div class="en-only">${esc(i.text_en)}</div></td><td>${reqLinks([i.requirement], '')}</td></tr>`).join('\n');
  return page('scoring.html', '测评方法 Scoring method', `<h1>测评方法 <span class="en-only">Scoring method</span> ${m.version}</h1>
<p class="zh">测评方法以数据形式公布（<a href="files/standard/scoring/method.json">method.json</a>），第14章由其生成：<a href="text/14-scoring.html">14 绩效测评</a>。满分 ${m.total}。</p><p class="en">The method is published as data; <a href="text/14-scoring.html">clause 14</a> is generated from it. Total ${m.total}.</p>
<table><thead><tr><th>指标 Indicator</th><th>名称 Title</th><th>方向</th><th>权重</th><th>零分点</th><th>满分点</th><th>层级 Levels</th><th>口径 Definition</th><th>要求</th></tr></thead><tbody>${rows}</tbody></table>
<h2>等次 Grades</h2><table><tbody>${m.grades.map((g: any) => `<tr><td>${g.grade}</td><td>≥ ${g.min}</td></tr>`).join('')}</tbody></table>
<p>最低办件数 Minimum cases: ${Object.entries(m.minCases).map(([k, v]) => `${k} ${v}`).join('; ')}</p>`);
}

/** Files under a folder, recursively, relative to the repository. */
function filesUnder(dir: string, test: RegExp): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of fs.readdirSync(path.join(ROOT, d)).sort()) {
      if (name === 'node_modules' || name === 'dist') continue;
      const rel = `${d}/${name}`;
      if (fs.statSync(path.join(ROOT, rel)).isDirectory()) walk(rel);
      else if (test.test(name)) out.push(rel);
    }
  };
  walk(dir);
  return out;
}

/** Every requirement ID: where it is stated, and the tests and vectors that verify it (Inferno-style traceability). */
export function requirementsPage(): Page {
  const reqs = extractRequirements();
  const tests = new Map<string, Set<string>>();
  for (const f of [...filesUnder('tests', /\.test\.ts$/), ...filesUnder('sdk/src', /\.test\.ts$/), ...filesUnder('cli/src', /\.test\.ts$/), ...filesUnder('conformance/src', /\.test\.ts$/), ...filesUnder('core/src', /\.test\.ts$/), ...filesUnder('scripts', /\.test\.ts$/)]) {
    for (const m of fs.readFileSync(path.join(ROOT, f), 'utf8').matchAll(REQ)) (tests.get(m[0]) ?? tests.set(m[0], new Set()).get(m[0])!).add(f);
  }
  const vectors = new Map<string, [string, string][]>();
  for (const f of vectorFiles()) {
    for (const v of readJson(f).vectors ?? []) for (const id of v.requirements ?? []) (vectors.get(id) ?? vectors.set(id, []).get(id)!).push([v.id, vectorPage(f)]);
  }
  const covered = reqs.filter((r) => tests.has(r.id) || vectors.has(r.id)).length;
  const rows = reqs.map((r) => {
    const where = `text/${path.basename(r.file, '.md')}.html#${r.id}`;
    const t = [...(tests.get(r.id) ?? [])];
    const v = vectors.get(r.id) ?? [];
    return `<tr id="${r.id}"><td><a href="${where}">${r.id}</a></td><td>${r.strength}</td><td>${esc(r.text.replace(/\*\*/g, '').slice(0, 160))}</td><td>${t.map((x) => `<code>${esc(x)}</code>`).join('<br>')}</td><td>${v.length ? `${v.length}: ${v.slice(0, 6).map(([id, p]) => `<a href="${p}#${esc(id)}"><code>${esc(id)}</code></a>`).join(' ')}${v.length > 6 ? ' …' : ''}` : ''}</td></tr>`;
  }).join('\n');
  return page('requirements.html', '要求索引 Requirements', `<h1>要求索引 <span class="en-only">Requirements index</span></h1>
<p class="zh">共 ${reqs.length} 条要求，其中 ${covered} 条有测试或测试向量引用。</p><p class="en">${reqs.length} requirements; ${covered} are cited by a test or a test vector.</p>
<table><thead><tr><th>要求 ID</th><th>强度 Strength</th><th>条文 Text</th><th>测试 Tests</th><th>测试向量 Vectors</th></tr></thead><tbody>${rows}</tbody></table>`);
}

/** The valid examples, JSON and XML side by side. */
export function examplesPage(): Page {
  const files = fs.readdirSync(path.join(ROOT, 'examples/valid')).filter((f) => f.endsWith('.json')).sort();
  const blocks = files.map((f) => {
    const json = fs.readFileSync(path.join(ROOT, 'examples/valid', f), 'utf8');
    const xml = batchToXml(JSON.parse(json), { pretty: true });
    const id = path.basename(f, '.json');
    return `<h2 id="${id}">${esc(f)}</h2><div class="side"><pre><code>${esc(json)}</code></pre><pre><code>${esc(xml)}</code></pre></div>`;
  }).join('\n');
  return page('examples.html', '示例 Examples', `<h1>示例 <span class="en-only">Examples</span></h1><p class="zh">examples/valid 中的有效批次，左为 JSON，右为 XML。</p><p class="en">The valid batches of examples/valid: JSON on the left, XML on the right.</p><ul>${files.map((f) => `<li><a href="#${path.basename(f, '.json')}">${esc(f)}</a></li>`).join('')}</ul>${blocks}`);
}

/** The SDK's runnable examples (sdk/examples/), one per public function, beside its API page. */
export function sdkExamplesPage(): Page {
  const dir = 'sdk/examples';
  const blocks: [string, string, string][] = [];
  for (const f of fs.readdirSync(path.join(ROOT, dir)).filter((n) => n.endsWith('.examples.ts')).sort()) {
    const lines = fs.readFileSync(path.join(ROOT, dir, f), 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      const m = /^example\('([A-Za-z0-9]+)'/.exec(lines[i]);
      if (!m) continue;
      let j = i;
      if (!lines[i].endsWith(');')) while (j < lines.length - 1 && lines[j] !== '});') j++;
      blocks.push([m[1], f, lines.slice(i, j + 1).join('\n')]);
      i = j;
    }
  }
  blocks.sort((a, b) => a[0].localeCompare(b[0]));
  const body = blocks.map(([name, file, code]) => `<h2 id="${name}"><code>${name}</code></h2><p><a href="api/functions/${name}.html">API</a> · <code>${dir}/${file}</code></p><pre><code>${esc(code)}</code></pre>`).join('\n');
  return page('sdk-examples.html', 'SDK 示例 SDK examples', `<h1>SDK 示例 <span class="en-only">SDK examples</span></h1>
<p class="zh">@fsjc/sdk 每个公开函数的可运行示例；测试逐一运行这些示例，断言即预期结果。</p><p class="en">A runnable example of every public function of @fsjc/sdk; a test runs each, and its assertions are the expected results.</p>
<p>${blocks.map(([n]) => `<a href="#${n}">${n}</a>`).join(' · ')}</p>${body}`);
}

const vectorFiles = () => filesUnder('conformance/vectors', /\.json$/).filter((f) => !f.endsWith('.schema.json'));
const vectorPage = (file: string) => `vectors/${file.replace(/^conformance\/vectors\//, '').replace(/\//g, '-').replace(/\.json$/, '')}.html`;

/** The test vectors, one page per file: each vector's ID, description and requirements, and its data. */
export function vectorPages(): Page[] {
  const files = vectorFiles();
  const pages = files.map((f) => {
    const data = readJson(f);
    copied.add(f);
    const rows = (data.vectors ?? []).map((v: any) => `<tr id="${esc(v.id)}"><td><code>${esc(v.id)}</code></td><td>${esc(v.description)}</td><td>${reqLinks(v.requirements ?? [], '../')}</td></tr>`).join('\n');
    return page(vectorPage(f), `${f.replace(/^conformance\/vectors\//, '')}`, `<h1>${esc(f.replace(/^conformance\/vectors\//, ''))}</h1><p>${esc(data.description)} — <a href="../files/${f}">${esc(f)}</a></p>
<table><thead><tr><th>向量 Vector</th><th>说明 Description</th><th>要求 Requirements</th></tr></thead><tbody>${rows}</tbody></table>`);
  });
  const count = (f: string) => (readJson(f).vectors ?? []).length;
  return [page('vectors/index.html', '测试向量 Test vectors', `<h1>测试向量 <span class="en-only">Test vectors</span></h1>
<p class="zh">与语言无关的 JSON 测试向量，任何实现都可用来证明符合本标准：<code>fsjc vectors run</code>。</p><p class="en">Language-neutral JSON test vectors that any implementation can run to prove itself: <code>fsjc vectors run</code>.</p>
<table><thead><tr><th>文件 File</th><th>向量数 Vectors</th></tr></thead><tbody>${files.map((f) => `<tr><td><a href="${path.basename(vectorPage(f))}">${esc(f.replace(/^conformance\/vectors\//, ''))}</a></td><td>${count(f)}</td></tr>`).join('')}</tbody></table>`), ...pages];
}
