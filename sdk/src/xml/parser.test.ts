import { describe, expect, it } from 'vitest';
import { XmlParser, type XmlHandler } from './parser.js';

/** Marks each child of the root, as the batch scanner marks each record, and keeps its text. */
function reader(): { parser: XmlParser; texts: string[] } {
  const texts: string[] = [];
  let text = '';
  const handler: XmlHandler = {
    start() {
      if (parser.depth === 2) { parser.mark(); text = ''; }
    },
    wantsText: () => true,
    text(v) { text += v; },
    end() {
      if (parser.depth === 1) { parser.unmark(); texts.push(text); }
    },
    rewind() { text = ''; },
  };
  const parser = new XmlParser(handler);
  return { parser, texts };
}

describe('XML parser: text in pieces', () => {
  it('copies a huge element cut into small pieces a bounded number of times, not once a piece', () => {
    // below 64 K characters an element is simply parsed again from its start at each piece
    for (const n of [1 << 20, 1 << 22]) {
      const doc = `<r><a>${'长'.repeat(n)}</a><b>x</b></r>`;
      const { parser, texts } = reader();
      for (let i = 0; i < doc.length; i += 1000) parser.push(doc.slice(i, i + 1000));
      parser.finish();
      expect(texts.map((t) => t.length)).toEqual([n, 1]);
      // copying the pending text at each of n/1000 pieces would be quadratic
      expect(parser.copied, `${n} characters`).toBeLessThan(4 * doc.length);
    }
  });

  it('copies little where elements are small', () => {
    const doc = `<r>${'<a>值</a>'.repeat(100_000)}</r>`;
    const { parser, texts } = reader();
    for (let i = 0; i < doc.length; i += 4096) parser.push(doc.slice(i, i + 4096));
    parser.finish();
    expect(texts).toHaveLength(100_000);
    expect(parser.copied).toBeLessThan(1.1 * doc.length);
  });
});
