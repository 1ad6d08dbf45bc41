/** Expands the command line's files and folders into the articles to read. */
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

export const ARTICLE_EXTENSIONS = new Set(['.md', '.markdown', '.txt']);

/**
 * Files stay as given (any extension, so a user can name a .text file); a folder
 * is walked for .md, .markdown and .txt files, skipping hidden folders and
 * node_modules, in a stable order.
 */
export function expandInputs(inputs: readonly string[]): { files: string[]; unreadable: string[] } {
  const files: string[] = [];
  const unreadable: string[] = [];
  for (const input of inputs) {
    if (input !== '-' && isDirectory(input)) walk(input, files, unreadable);
    else files.push(input);
  }
  return { files, unreadable };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function walk(dir: string, files: string[], unreadable: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    unreadable.push(dir);
    return;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    // Follow symbolic links to articles (not to folders, which could loop).
    const isFile = entry.isFile() || (entry.isSymbolicLink() && isRegularFile(path));
    if (entry.isDirectory()) walk(path, files, unreadable);
    else if (isFile && ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase())) files.push(path);
  }
}

function isRegularFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
