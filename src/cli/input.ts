/**
 * Reads an article from disk (or stdin) and says clearly why it cannot be
 * analysed: missing, a folder, too large, binary, or not UTF-8/UTF-16 text.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { SourceFormat } from '../core';

export interface Article {
  readonly file: string;
  readonly text: string;
  readonly format: SourceFormat;
}

export class InputError extends Error {
  constructor(readonly file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'InputError';
  }
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export function readArticle(file: string, maxBytes: number, format?: SourceFormat): Article {
  let bytes: Buffer;
  if (file === '-') {
    bytes = readFileSync(0);
  } else {
    let size: number;
    try {
      const stat = statSync(file);
      if (stat.isDirectory()) throw new InputError(file, 'is a folder; give the articles inside it');
      // A pipe or device has no size to check against the limit.
      if (!stat.isFile()) throw new InputError(file, 'is not a regular file');
      size = stat.size;
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw new InputError(file, describeFsError(error));
    }
    if (size > maxBytes) throw new InputError(file, `is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit (raise it with --max-size)`);
    try {
      bytes = readFileSync(file);
    } catch (error) {
      throw new InputError(file, describeFsError(error));
    }
  }
  if (bytes.length > maxBytes) throw new InputError(file, `is ${formatBytes(bytes.length)}, over the ${formatBytes(maxBytes)} limit (raise it with --max-size)`);
  return { file, text: decode(file, bytes), format: format ?? formatOf(file) };
}

export function formatOf(file: string): SourceFormat {
  return extname(file).toLowerCase() === '.txt' ? 'plaintext' : 'markdown';
}

function decode(file: string, bytes: Buffer): string {
  // UTF-16 with a byte-order mark, as some Windows editors save; the mark stays, as for UTF-8.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes);
  if (bytes.subarray(0, 8192).includes(0)) throw new InputError(file, 'looks binary (it holds NUL bytes), not a text article');
  try {
    // Keep a UTF-8 BOM: CLI offsets count into the file as `readFileSync(file, "utf8")` reads it.
    // (VS Code's editor text leaves the mark out, so the extension's offsets are one less.)
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError(file, 'is not valid UTF-8 text; save it as UTF-8 and try again');
  }
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
