/**
 * Reads `title:` and `date:` from a leading YAML front matter block. Only flat
 * `key: value` lines are read; anything fancier is left alone.
 */
export interface FrontMatter {
  readonly title?: string;
  readonly date?: string;
  readonly [key: string]: string | undefined;
}

export function readFrontMatter(text: string): FrontMatter {
  const m = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return {};
  const fields: Record<string, string> = {};
  for (const line of m[1]!.split(/\r?\n/)) {
    const kv = /^([A-Za-z][\w-]*)\s*:\s*(.*?)\s*$/.exec(line);
    if (!kv || !kv[2]) continue;
    fields[kv[1]!.toLowerCase()] = kv[2].replace(/^(['"])(.*)\1$/, '$2');
  }
  return fields;
}

/** The article's title: front matter, else its first heading, else the file name. */
export function titleOf(text: string, file: string): string {
  const fm = readFrontMatter(text);
  if (fm.title) return fm.title;
  const heading = /^#{1,2}[ \t]+(.+?)[ \t#]*$/m.exec(text);
  return heading ? heading[1]! : file.split(/[\\/]/).pop() ?? file;
}
