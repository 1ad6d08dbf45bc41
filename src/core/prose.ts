/**
 * Turns an article into prose blocks the detectors can read with plain string
 * matching, while keeping offsets exact.
 *
 * A block's `text` has exactly the length of its source range: everything that
 * is not prose (emphasis markers, link targets, inline code, HTML, the `>` of a
 * block quote's continuation lines, backslashes of escapes, URLs) is replaced by
 * spaces, and an entity such as `&amp;` by its character followed by spaces.
 * So a position `i` in `block.text` is always `block.start + i` in the source:
 * no offset map to drift (remark-retext's maps drift after entities and escapes).
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import type { Nodes, Parents, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { SourceFormat } from './model';

export type BlockKind = 'paragraph' | 'heading' | 'table-cell';

export interface ProseBlock {
  /** Source offset of `text[0]`. */
  readonly start: number;
  readonly end: number;
  /** Same length as the source range; non-prose masked with spaces. */
  readonly text: string;
  readonly kind: BlockKind;
  /** True for a paragraph inside a block quote (`> …`). */
  readonly inBlockquote: boolean;
  /** For a table cell: which table (its start offset), row (0 is the header) and column. */
  readonly cell?: { readonly table: number; readonly row: number; readonly column: number };
}

// GFM is left out on purpose: remark-gfm doubles the parse time (measured:
// 340 → 690 ms on 1 MB). Pipe tables are still read: each cell becomes a block of its own.
const markdownParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);
const continuationParser = unified().use(remarkParse);

const BOM = '\uFEFF';

export function extractProse(source: string, format: SourceFormat = 'markdown'): ProseBlock[] {
  return format === 'plaintext' ? plainTextBlocks(source) : markdownBlocks(source);
}

function markdownBlocks(source: string): ProseBlock[] {
  return flattenPieces(readPieces(source, 0, source.length));
}

/**
 * One top-level Markdown block (paragraph, list, block quote, fence, …) and the
 * prose blocks inside it, in source offsets: what an incremental parse
 * (`incremental.ts`) keeps, shifts or re-reads.
 */
export interface Piece {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly blocks: readonly ProseBlock[];
}

/**
 * Parses `source.slice(from, to)` alone, as if it were the whole document
 * when `from` is 0 (front matter, BOM) and as text after a closed block
 * otherwise (no front matter: remark-frontmatter only reads the first line).
 */
export function readPieces(source: string, from: number, to: number): Piece[] {
  // micromark drops a leading BOM and counts offsets without it.
  const skip = from === 0 && source.startsWith(BOM) ? 1 : 0;
  const parser = from === 0 ? markdownParser : continuationParser;
  const tree = parser.parse(source.slice(from + skip, to)) as Root;
  const base = from + skip;
  const pieces: Piece[] = [];
  for (const node of tree.children) {
    const range = rangeOf(node, base);
    if (!range) continue;
    const blocks: ProseBlock[] = [];
    collectBlocks({ type: 'root', children: [node] } as Root, source, base, false, blocks);
    pieces.push({ type: node.type, start: range.start, end: range.end, blocks });
  }
  return pieces;
}

export function flattenPieces(pieces: readonly Piece[]): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  for (const piece of pieces) for (const block of piece.blocks) blocks.push(block);
  return blocks;
}

/** The same pieces `delta` code units later. */
export function shiftPiece(piece: Piece, delta: number): Piece {
  if (delta === 0) return piece;
  return { ...piece, start: piece.start + delta, end: piece.end + delta, blocks: piece.blocks.map((block) => shiftBlock(block, delta)) };
}

function shiftBlock(block: ProseBlock, delta: number): ProseBlock {
  const moved = { ...block, start: block.start + delta, end: block.end + delta };
  return block.cell ? { ...moved, cell: { ...block.cell, table: block.cell.table + delta } } : moved;
}

function collectBlocks(parent: Parents, source: string, base: number, inBlockquote: boolean, out: ProseBlock[]): void {
  for (const node of parent.children) {
    switch (node.type) {
      case 'paragraph':
      case 'heading': {
        const range = rangeOf(node, base);
        if (!range) break;
        const masked = maskInline(node, source, range.start, range.end, base);
        if (node.type === 'paragraph' && isPipeTable(masked)) {
          // One push per cell: spreading a table's cells as arguments overflows the stack on a long table.
          for (const cell of tableCells(masked, range.start, inBlockquote)) out.push(cell);
          break;
        }
        // Heading markers and leading markup are masked; the block starts at its first word.
        const lead = masked.length - masked.trimStart().length;
        const text = masked.trim();
        if (text) out.push({ start: range.start + lead, end: range.start + lead + text.length, text, kind: node.type, inBlockquote });
        break;
      }
      case 'blockquote':
        collectBlocks(node, source, base, true, out);
        break;
      case 'list':
      case 'listItem':
      case 'footnoteDefinition':
        collectBlocks(node, source, base, inBlockquote, out);
        break;
      default:
        // code, html, yaml/toml front matter, thematic breaks, definitions: not prose.
        break;
    }
  }
}

function rangeOf(node: Nodes, base: number): { start: number; end: number } | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : { start: start + base, end: end + base };
}

/** Source text of [start, end) with everything but prose text replaced by spaces. */
function maskInline(block: Parents, source: string, start: number, end: number, base: number): string {
  const pieces: string[] = [];
  let cursor = start;
  const visit = (parent: Parents): void => {
    for (const child of parent.children) {
      if (child.type === 'text') {
        const range = rangeOf(child, base);
        if (!range) continue;
        pieces.push(blank(source, cursor, range.start));
        const raw = source.slice(range.start, range.end);
        pieces.push(raw === child.value ? raw : cleanText(raw));
        cursor = range.end;
      } else if ('children' in child) {
        visit(child);
      }
      // inlineCode, html, images, breaks, footnote references: masked with the gaps.
    }
  };
  visit(block);
  pieces.push(blank(source, cursor, end));
  return maskUrls(pieces.join(''));
}

/** Spaces for [from, to), keeping line breaks so line structure survives. */
function blank(source: string, from: number, to: number): string {
  if (to <= from) return '';
  return source.slice(from, to).replace(/[^\r\n]/g, ' ');
}

// A text node whose source differs from its value holds escapes, character
// references or block-quote markers on continuation lines.
const TEXT_NOISE = /\\(?=[!-/:-@[-`{-~])|&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});|(\n[ \t]*)((?:>[ \t]?)+)/g;

function cleanText(raw: string): string {
  return raw.replace(TEXT_NOISE, (match: string, reference?: string, lineStart?: string, markers?: string) => {
    if (match === '\\') return ' ';
    if (markers !== undefined) return (lineStart ?? '') + ' '.repeat(markers.length);
    const decoded = decodeReference(reference ?? '');
    return decoded !== undefined && decoded.length <= match.length ? decoded + ' '.repeat(match.length - decoded.length) : match;
  });
}

function decodeReference(reference: string): string | undefined {
  if (reference.startsWith('#')) {
    const hex = reference[1] === 'x' || reference[1] === 'X';
    const code = Number.parseInt(reference.slice(hex ? 2 : 1), hex ? 16 : 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
  }
  const named = decodeNamedCharacterReference(reference);
  return named === false ? undefined : named;
}

const URL_LIKE = /\b(?:https?:\/\/|www\.)[^\s<>"“”]+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g;

function maskUrls(text: string): string {
  return text.replace(URL_LIKE, (url) => ' '.repeat(url.length));
}

const TABLE_DELIMITER_ROW = /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$/m;

function isPipeTable(text: string): boolean {
  return text.includes('|') && TABLE_DELIMITER_ROW.test(text);
}

/** One block per table cell: a cell reads like a short paragraph of its own, and knows its row and column. */
function tableCells(text: string, start: number, inBlockquote: boolean): ProseBlock[] {
  const cells: ProseBlock[] = [];
  let lineStart = 0;
  let row = 0;
  for (const line of text.split('\n')) {
    if (!TABLE_DELIMITER_ROW.test(line) && line.trim()) {
      // Split at pipes, keeping empty cells so columns line up; outer pipes are optional.
      const parts = line.replace(/\r$/, '').split('|');
      let offset = 0;
      parts.forEach((part, i) => {
        const outer = (i === 0 || i === parts.length - 1) && part.trim() === '';
        const column = i - (parts[0]!.trim() === '' ? 1 : 0);
        const lead = part.length - part.trimStart().length;
        const body = part.trim();
        const from = start + lineStart + offset + lead;
        if (body && !outer) cells.push({ start: from, end: from + body.length, text: body, kind: 'table-cell', inBlockquote, cell: { table: start, row, column } });
        offset += part.length + 1;
      });
      row++;
    }
    lineStart += line.length + 1;
  }
  return cells;
}

function plainTextBlocks(source: string): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  const separator = /(?:\r?\n[ \t]*){2,}/g;
  let from = source.startsWith(BOM) ? 1 : 0;
  const push = (to: number): void => {
    const raw = source.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) blocks.push({ start: from + lead, end: from + lead + body.length, text: maskUrls(body), kind: 'paragraph', inBlockquote: false });
  };
  for (let m = separator.exec(source); m; m = separator.exec(source)) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(source.length);
  return blocks;
}
