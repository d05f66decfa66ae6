import type { Page } from './layout.js';

interface Doc { url: string; title: string; snippet: string }

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();

/** Words for latin text, overlapping pairs of characters for Chinese (the browser does the same to the query). */
export function tokens(s: string): string[] {
  const out: string[] = [];
  for (const m of s.toLowerCase().matchAll(/[a-z0-9][a-z0-9._-]*|[\u3400-\u9fff]+/g)) {
    const w = m[0];
    if (/[\u3400-\u9fff]/.test(w)) {
      if (w.length === 1) out.push(w);
      for (let i = 0; i + 1 < w.length; i++) out.push(w.slice(i, i + 2));
    } else out.push(w);
  }
  return out;
}

/**
 * The offline search index: one entry per section (heading) and per requirement paragraph, as a
 * script that sets window.FSJC_SEARCH, so search works from the file system with no request.
 */
export function searchIndex(pages: readonly Page[]): string {
  const docs: Doc[] = [];
  const index: Record<string, number[]> = {};
  for (const p of pages) {
    if (p.path === 'examples.html' || p.path === 'print.html') continue;
    const parts = p.body.split(/(?=<h[12] id="[^"]+")|(?=<p class="zh" id="FSJC-[^"]+")/);
    for (const part of parts) {
      const id = /^<(?:h[12]|p class="zh") id="([^"]+)"/.exec(part)?.[1];
      const heading = /^<h[12][^>]*>([\s\S]*?)<\/h[12]>/.exec(part)?.[1];
      const body = text(part);
      if (!body) continue;
      const n = docs.length;
      docs.push({ url: `${p.path}${id ? `#${id}` : ''}`, title: heading ? `${text(heading)} — ${p.title}` : id ? `${id} — ${p.title}` : p.title, snippet: body.slice(0, 110) });
      for (const t of new Set(tokens(body))) (index[t] ??= []).push(n);
    }
  }
  return `window.FSJC_SEARCH = ${JSON.stringify({ docs, index })};\n`;
}
