import fs from 'node:fs';
import path from 'node:path';
import { Marked } from 'marked';
import { ROOT } from '../generators/load.js';

const CJK = /[\u3400-\u9fff]/;

/** Source files the pages link to that are not pages themselves (a folder ends in /): copied under files/ in the site. */
export const copiedFiles = new Set<string>();

/** Where a repository markdown file is published in the site, when it is. */
export function pageOfMarkdown(repoPath: string): string | undefined {
  if (repoPath.startsWith('standard/text/')) return `text/${path.basename(repoPath, '.md')}.html`;
  if (repoPath === 'standard/CHANGELOG.md') return 'changelog.html';
  if (repoPath === 'standard/README.md') return 'index.html';
  if (repoPath.startsWith('docs/data-dictionary/')) return repoPath === 'docs/data-dictionary/README.md' ? 'dictionary/index.html' : `dictionary/${path.basename(repoPath, '.md')}.html`;
  if (repoPath === 'docs/xml-mapping.md') return 'xml-mapping.html';
  if (repoPath === 'docs/monitoring-core.md') return 'monitoring-core.html';
  if (repoPath === 'docs/conformance.md') return 'conformance.html';
  return undefined;
}

/**
 * A repository markdown file as HTML for the page at `sitePath`: links to other published
 * markdown become links to their pages, links to other files of the repository point to copies,
 * each paragraph is marked Chinese or English for the language switch, and each requirement
 * paragraph gets its ID as an anchor (the Chinese one; the English one gets ID-en).
 */
export function renderMarkdown(repoPath: string, sitePath: string, source = fs.readFileSync(path.join(ROOT, repoPath), 'utf8')): string {
  const up = '../'.repeat(sitePath.split('/').length - 1);
  const marked = new Marked({
    renderer: {
      link({ href, tokens, raw }) {
        // a bare address in the text (an XML namespace, say) is a name, not a page to fetch
        if (!raw.startsWith('[')) return `<code>${this.parser.parseInline(tokens)}</code>`;
        return `<a href="${rewrite(href, repoPath, up)}">${this.parser.parseInline(tokens)}</a>`;
      },
      heading({ tokens, depth, text }) {
        const id = slug(text);
        return `<h${depth} id="${id}">${this.parser.parseInline(tokens)}</h${depth}>\n`;
      },
    },
  });
  const seen = new Set<string>();
  const html = marked.parse(source.replace(/<!--[\s\S]*?-->/g, '')) as string;
  return html.replace(/<p>([\s\S]*?)<\/p>/g, (_m, inner: string) => {
    const lang = CJK.test(inner.replace(/<[^>]+>/g, '').replace(/FSJC-[A-Z]+-\d{3}/g, '')) ? 'zh' : 'en';
    const req = /^<strong>\[(FSJC-[A-Z]+-\d{3})\]<\/strong>/.exec(inner);
    let id = '';
    if (req) {
      id = seen.has(req[1]) ? `${req[1]}-en` : req[1];
      seen.add(req[1]);
    }
    return `<p class="${lang}"${id ? ` id="${id}"` : ''}>${inner}</p>`;
  });
}

export function slug(text: string): string {
  return text.toLowerCase().replace(/<[^>]+>/g, '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'section';
}

function rewrite(href: string, fromRepoPath: string, up: string): string {
  if (/^[a-z]+:/i.test(href) || href.startsWith('#')) return href;
  const [file, anchor] = href.split('#');
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(fromRepoPath), file));
  const page = target.endsWith('.md') ? pageOfMarkdown(target) : undefined;
  if (page) return `${up}${page}${anchor ? `#${anchor}` : ''}`;
  const abs = path.join(ROOT, target);
  if (!target.startsWith('..') && fs.existsSync(abs)) {
    if (fs.statSync(abs).isDirectory()) return `${up}${directoryPage(target)}`;
    copiedFiles.add(target);
    return `${up}files/${target}${anchor ? `#${anchor}` : ''}`;
  }
  return href;
}

/** A link to a folder of the repository points to the page that lists it. */
function directoryPage(dir: string): string {
  if (dir.startsWith('standard/codelists')) return 'codelists/index.html';
  if (dir.startsWith('standard/calendars')) return 'calendars.html';
  if (dir.startsWith('standard/rules')) return 'rules.html';
  if (dir.startsWith('standard/scoring')) return 'scoring.html';
  if (dir.startsWith('standard/text')) return 'text/index.html';
  if (dir.startsWith('docs/data-dictionary')) return 'dictionary/index.html';
  if (dir.startsWith('examples')) return 'examples.html';
  copiedFiles.add(`${dir}/`);
  return `files/${dir}/`;
}
