/**
 * Reads an article from disk (or stdin) and says clearly why it cannot be
 * analysed: missing, a folder, too large, binary, or not UTF-8/UTF-16 text.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { extname } from 'node:path';
import type { SourceFormat } from '../core';
import { terminalText } from './terminalText';

export interface Article {
  readonly file: string;
  readonly text: string;
  readonly format: SourceFormat;
}

export class InputError extends Error {
  constructor(readonly file: string, message: string) {
    super(`${terminalText(file)}: ${message}`);
    this.name = 'InputError';
  }
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export function readArticle(file: string, maxBytes: number, format?: SourceFormat): Article {
  const bytes = file === '-' ? readStdin(maxBytes) : readStable(file, maxBytes);
  return { file, text: decode(file, bytes), format: format ?? formatOf(file) };
}

const tooLarge = (file: string, size: string, maxBytes: number) => new InputError(file, `is ${size}, over the ${formatBytes(maxBytes)} limit (raise it with --max-size)`);

/**
 * The whole file as it was at one moment: its size and modification time are
 * checked before and after the read, so a file rewritten meanwhile (an editor
 * saving, a sync client) is reported instead of analysed half old, half new.
 * `afterRead` lets a test change the file at the worst moment.
 */
export function readStable(file: string, maxBytes: number, afterRead?: () => void): Buffer {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    throw new InputError(file, describeFsError(error));
  }
  try {
    const before = fstatSync(fd);
    if (before.isDirectory()) throw new InputError(file, 'is a folder; give the articles inside it');
    // A pipe or device has no size to check against the limit.
    if (!before.isFile()) throw new InputError(file, 'is not a regular file');
    if (before.size > maxBytes) throw tooLarge(file, formatBytes(before.size), maxBytes);
    // One byte more than expected tells a file that grew while it was read.
    const bytes = readUpTo(fd, before.size + 1);
    afterRead?.();
    const after = fstatSync(fd);
    if (bytes.length !== before.size || after.size !== before.size || after.mtimeMs !== before.mtimeMs) {
      throw new InputError(file, 'changed while it was read (is it being saved?); nothing of it was analysed, try again');
    }
    return bytes;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(file, describeFsError(error));
  } finally {
    closeSync(fd);
  }
}

/** Standard input, refused as soon as it passes the limit: an endless pipe is never read in full. */
function readStdin(maxBytes: number): Buffer {
  let bytes: Buffer;
  try {
    bytes = readUpTo(0, maxBytes + 1);
  } catch (error) {
    throw new InputError('-', describeFsError(error));
  }
  if (bytes.length > maxBytes) throw tooLarge('-', `over ${formatBytes(maxBytes)}`, maxBytes);
  return bytes;
}

/** Reads until the end or `limit` bytes, whichever comes first. */
function readUpTo(fd: number, limit: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  while (total < limit) {
    const chunk = Buffer.allocUnsafe(Math.min(limit - total, 1 << 20));
    const read = readRetrying(fd, chunk);
    if (read === 0) break;
    chunks.push(chunk.subarray(0, read));
    total += read;
  }
  return Buffer.concat(chunks, total);
}

/** A non-blocking stdin (some shells and terminals) says EAGAIN until data arrives. */
function readRetrying(fd: number, buffer: Buffer): number {
  for (;;) {
    try {
      return readSync(fd, buffer, 0, buffer.length, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EOF') return 0;
      if (code !== 'EAGAIN') throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
    }
  }
}

export function formatOf(file: string): SourceFormat {
  return extname(file).toLowerCase() === '.txt' ? 'plaintext' : 'markdown';
}

function decode(file: string, bytes: Buffer): string {
  // UTF-16 with a byte-order mark, as some Windows editors save; the mark stays, as for UTF-8.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes);
  const withoutMark = utf16WithoutMark(bytes);
  if (withoutMark) return new TextDecoder(withoutMark).decode(bytes);
  if (bytes.subarray(0, 8192).includes(0)) throw new InputError(file, 'looks binary (it holds NUL bytes), not a text article');
  try {
    // Keep a UTF-8 BOM: CLI offsets count into the file as `readFileSync(file, "utf8")` reads it.
    // (VS Code's editor text leaves the mark out, so the extension's offsets are one less.)
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError(file, 'is not valid UTF-8 text; save it as UTF-8 and try again');
  }
}

/**
 * UTF-16 saved without a byte-order mark: text in Latin script has a NUL in
 * nearly every other byte, all on the same side (odd bytes for little-endian),
 * and decodes with no unpaired surrogates. Binary files scatter their NULs.
 */
function utf16WithoutMark(bytes: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192) & ~1);
  if (sample.length < 4 || bytes.length % 2 !== 0) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenNuls++;
    if (sample[i + 1] === 0) oddNuls++;
  }
  const pairs = sample.length / 2;
  const encoding = oddNuls >= pairs * 0.3 && evenNuls === 0 ? 'utf-16le' : evenNuls >= pairs * 0.3 && oddNuls === 0 ? 'utf-16be' : undefined;
  if (!encoding) return undefined;
  // The sample may end between the two halves of a character.
  const text = new TextDecoder(encoding).decode(sample).replace(/[\uD800-\uDBFF]$/, '');
  // eslint-disable-next-line no-control-regex -- text has no control characters but tab and line breaks
  return /[\u0000-\u0008\u000e-\u001f]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text) ? undefined : encoding;
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return error instanceof Error ? error.message : String(error);
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

/** "10MB", "512k", "2000000" → bytes. */
export function parseSize(value: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*(k|kb|m|mb|g|gb)?$/i.exec(value.trim());
  if (!m) return undefined;
  const unit = (m[2] ?? '').toLowerCase()[0];
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.round(Number(m[1]) * factor);
}
