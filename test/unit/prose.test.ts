import { describe, expect, it } from 'vitest';
import { extractProse } from '../../src/core/prose';

const texts = (md: string, format?: 'markdown' | 'plaintext') => extractProse(md, format).map((b) => b.text);

describe('extractProse', () => {
  it('keeps every block the length of its source range, so offsets stay exact', () => {
    const md = '# Title\n\nSome *emphasis*, a [link](https://example.com/a "t") and `code 42`.\n';
    for (const block of extractProse(md)) {
      expect(block.text.length).toBe(block.end - block.start);
    }
    const paragraph = extractProse(md)[1]!;
    expect(md.slice(paragraph.start, paragraph.end)).toBe('Some *emphasis*, a [link](https://example.com/a "t") and `code 42`.');
    expect(paragraph.text).toBe(`Some  emphasis , a  link ${' '.repeat(26)}  and ${' '.repeat(9)}.`);
  });

  it('skips front matter, code, HTML and link targets', () => {
    const md = '---\ndate: 2022-03-02\n---\n\nProse 1.\n\n```\ncode 2\n```\n\n    indented 3\n\n<div>html 4</div>\n\nEnd.\n';
    expect(texts(md)).toEqual(['Prose 1.', 'End.']);
  });

  it('counts a byte-order mark and CRLF line endings in offsets', () => {
    const md = '\uFEFF# Head\r\n\r\nLine one\r\nline two\r\n';
    const blocks = extractProse(md);
    expect(md.slice(blocks[0]!.start, blocks[0]!.end)).toBe('Head');
    expect(md.slice(blocks[1]!.start, blocks[1]!.end)).toBe('Line one\r\nline two');
    expect(blocks[1]!.text).toBe('Line one\r\nline two');
  });

  it('masks block-quote markers on continuation lines and escapes, and decodes entities in place', () => {
    const md = '> “We will\n> rebuild,” she said &amp; left \\*now\\*.\n';
    const [block] = extractProse(md);
    expect(block!.inBlockquote).toBe(true);
    expect(block!.text).toBe('“We will\n  rebuild,” she said &     left  *now *.');
    expect(block!.text.length).toBe(block!.end - block!.start);
  });

  it('reads each table cell as its own block', () => {
    const md = '| Source | Dead |\n| --- | --- |\n| Ministry | 38 |\n';
    expect(texts(md)).toEqual(['Source', 'Dead', 'Ministry', '38']);
    const cell = extractProse(md).find((b) => b.text === '38')!;
    expect(md.slice(cell.start, cell.end)).toBe('38');
    expect(cell.kind).toBe('table-cell');
  });

  it('masks bare URLs and e-mail addresses', () => {
    expect(texts('See https://example.com/2022/03/02 or write to desk@example.org today.')).toEqual([
      `See ${' '.repeat(30)} or write to ${' '.repeat(16)} today.`,
    ]);
  });

  it('splits plain text into paragraphs at blank lines', () => {
    const txt = 'First paragraph.\n\n  Second, indented.\r\n\r\nThird.';
    const blocks = extractProse(txt, 'plaintext');
    expect(blocks.map((b) => txt.slice(b.start, b.end))).toEqual(['First paragraph.', 'Second, indented.', 'Third.']);
  });
});
