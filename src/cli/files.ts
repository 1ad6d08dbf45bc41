/** Expands the command line's files and folders into the articles to read. */
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

export const ARTICLE_EXTENSIONS = new Set(['.md', '.markdown', '.txt']);

/**
 * Files stay as given (any extension, so a user can name a .text file); a folder
 * is walked for .md, .markdown and .txt files, skipping hidden folders and
 * node_modules, in a stable order.
 */
export function expandInputs(inputs: readonly string[]): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    if (input !== '-' && isDirectory(input)) files.push(...walk(input));
    else files.push(input);
  }
  return files;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function walk(dir: string): string[] {
  const found: string[] = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return found;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...walk(path));
    else if (entry.isFile() && ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase())) found.push(path);
  }
  return found;
}
