/**
 * Builds the documentation site (site/) and the PDF edition from the sources: the normative text,
 * the schemas, code lists, calendars, rules, scoring method, requirement index, examples and the
 * SDK's API (typedoc).
 *
 *   npm run docs                 # site/ and site/fsjc-standard.pdf
 *   npx tsx scripts/docs/build.ts --no-api --no-pdf   # the pages alone (what the link test builds)
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../generators/load.js';
import { CSS, frame, JS, type Page } from './layout.js';
import { copiedFiles } from './markdown.js';
import { calendarPage, codeListPages, dictionaryPages, examplesPage, requirementsPage, rulesPage, scoringPage, sdkExamplesPage, textPages, vectorPages } from './pages.js';
import { printDocument, printPage } from './print.js';
import { searchIndex } from './search.js';

export interface BuildOptions { out: string; api: boolean; pdf: boolean; log?: (s: string) => void }

export async function buildSite(o: BuildOptions): Promise<{ pages: Page[]; pdf?: string }> {
  const log = o.log ?? (() => {});
  fs.rmSync(o.out, { recursive: true, force: true });
  const text = textPages();
  const dictionary = dictionaryPages();
  const pages: Page[] = [...text, ...dictionary, ...codeListPages(), calendarPage(), rulesPage(), scoringPage(), requirementsPage(), examplesPage(), sdkExamplesPage(), ...vectorPages()];
  const print = printPage(text, dictionary);
  const write = (rel: string, content: string | Buffer) => {
    const file = path.join(o.out, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  };
  for (const p of pages) write(p.path, frame(p));
  write('print.html', printDocument(print));
  write('assets/site.css', CSS);
  write('assets/site.js', JS);
  write('assets/search-index.js', searchIndex(pages));
  log(`${pages.length + 1} pages`);
  // the source files pages link to, and the schemas, as published
  const schemaDir = path.join(ROOT, 'schemas/v1');
  for (const f of fs.readdirSync(schemaDir, { recursive: true, encoding: 'utf8' }).sort()) {
    if (fs.statSync(path.join(schemaDir, f)).isFile()) copiedFiles.add(`schemas/v1/${f.split(path.sep).join('/')}`);
  }
  for (const rel of copiedFiles) {
    const src = path.join(ROOT, rel);
    if (rel.endsWith('/')) {
      const names = fs.readdirSync(src).filter((n) => fs.statSync(path.join(src, n)).isFile()).sort();
      for (const n of names) write(`files/${rel}${n}`, fs.readFileSync(path.join(src, n)));
      write(`files/${rel}index.html`, `<!DOCTYPE html><meta charset="utf-8"><title>${rel}</title><ul>${names.map((n) => `<li><a href="${n}">${n}</a></li>`).join('')}</ul>`);
    } else write(`files/${rel}`, fs.readFileSync(src));
  }
  if (o.api) {
    log('SDK API (typedoc)');
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules/typedoc/bin/typedoc'), '--options', path.join(ROOT, 'typedoc.json'), '--out', path.join(o.out, 'api')], { cwd: ROOT, stdio: 'inherit' });
  }
  let pdf: string | undefined;
  if (o.pdf) {
    const chromium = ['chromium', 'chromium-browser', 'google-chrome'].map(which).find(Boolean);
    if (!chromium) throw new Error('the PDF edition needs Chromium: install the Debian/Ubuntu package chromium (apt-get install chromium fonts-noto-cjk)');
    pdf = path.join(o.out, 'fsjc-standard.pdf');
    log('PDF edition (Chromium)');
    execFileSync(chromium, ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, `file://${path.join(o.out, 'print.html')}`], { stdio: 'ignore', timeout: 180_000 });
    if (!fs.existsSync(pdf)) throw new Error('Chromium wrote no PDF');
  }
  return { pages, pdf };
}

function which(cmd: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const f = path.join(dir, cmd);
    if (dir && fs.existsSync(f)) return f;
  }
  return undefined;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const out = path.join(ROOT, 'site');
  const started = Date.now();
  try {
    const r = await buildSite({ out, api: !process.argv.includes('--no-api'), pdf: !process.argv.includes('--no-pdf'), log: (s) => process.stderr.write(`docs: ${s}\n`) });
    process.stderr.write(`docs: site/index.html${r.pdf ? ` and ${path.relative(ROOT, r.pdf)}` : ''} built in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  } catch (e) {
    process.stderr.write(`docs: ${(e as Error).message}\n`);
    process.exitCode = 1;
  }
}
