/** The CLI's `--out`, stdin and file reading under faults: nothing lost, nothing left behind, nothing raw on the terminal. */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import type { InlineCode, Paragraph } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { beforeAll, describe, expect, it } from 'vitest';
import { readStable } from '../../src/cli/input';
import { run } from '../../src/cli/main';

function cli(args: string[], tty = false) {
  let stdout = '';
  let stderr = '';
  const code = run(args, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s), isTTY: tty, columns: 100 }, env: {} });
  return { code, stdout, stderr };
}

const ARTICLE = '“We will rebuild,” said Mayor Ana Ruiz. Officials say nearly 6,000 people fled.\n';
let dir: string;
let article: string;
const fresh = () => {
  dir = mkdtempSync(join(tmpdir(), 'claimlens-out-'));
  article = join(dir, 'a.md');
  writeFileSync(article, ARTICLE);
};
/** Files other than the ones the test made: a temporary file left behind shows up here. */
const leftovers = (folder: string, expected: string[]) => readdirSync(folder).filter((name) => !expected.includes(name));

describe('--out', () => {
  beforeAll(fresh);

  it('refuses to write over one of its inputs, directly or through a link, and leaves it as it was', () => {
    const viaLink = join(dir, 'link.md');
    symlinkSync(article, viaLink);
    for (const out of [article, viaLink]) {
      const { code, stderr } = cli([article, '-f', 'markdown', '-o', out]);
      expect(code).toBe(2);
      expect(stderr).toContain('is the article');
      expect(readFileSync(article, 'utf8')).toBe(ARTICLE);
    }
  });

  it('refuses a folder and leaves no temporary file', () => {
    const folder = join(dir, 'reports');
    mkdirSync(folder);
    const { code, stderr } = cli([article, '-f', 'csv', '-o', folder]);
    expect(code).toBe(1);
    expect(stderr).toContain('is a folder');
    expect(leftovers(dir, ['a.md', 'link.md', 'reports'])).toEqual([]);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('writes through a symbolic link: the link stays a link and the file it names gets the export', () => {
    const real = join(dir, 'real.csv');
    writeFileSync(real, 'old');
    const link = join(dir, 'latest.csv');
    symlinkSync(real, link);
    expect(cli([article, '-f', 'csv', '-o', link]).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(real);
    expect(readFileSync(real, 'utf8')).toContain('nearly 6,000');
  });

  it('writes through a pipe (reached by a link) instead of replacing it with a file', async () => {
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const link = join(dir, 'to-pipe');
    symlinkSync(fifo, link);
    const reader = spawn('cat', [fifo]);
    let received = '';
    reader.stdout.on('data', (chunk: Buffer) => (received += chunk.toString()));
    const done = new Promise((resolve) => reader.on('close', resolve));
    expect(cli([article, '-f', 'json', '-o', link]).code).toBe(0);
    await done;
    expect(JSON.parse(received).claims[0].text).toBe('nearly 6,000');
    expect(statSync(fifo).isFIFO()).toBe(true);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });

  it('refuses a dangling link', () => {
    const link = join(dir, 'dangling.csv');
    symlinkSync(join(dir, 'nowhere', 'x.csv'), link);
    const { code, stderr } = cli([article, '-f', 'csv', '-o', link]);
    expect(code).toBe(1);
    expect(stderr).toContain('does not exist');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });

  it('keeps the mode of the file it replaces', () => {
    const out = join(dir, 'private.csv');
    writeFileSync(out, 'old');
    chmodSync(out, 0o600);
    expect(cli([article, '-f', 'csv', '-o', out]).code).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(readFileSync(out, 'utf8')).toContain('nearly 6,000');
  });

  it('keeps an existing export when some inputs fail, unless --force', () => {
    const out = join(dir, 'all.csv');
    writeFileSync(out, 'earlier export of two articles');
    const missing = join(dir, 'missing.md');
    const partial = cli([article, missing, '-f', 'csv', '-o', out]);
    expect(partial.code).toBe(1);
    expect(partial.stderr).toContain('1 article could not be read');
    expect(partial.stderr).toContain('--force');
    expect(readFileSync(out, 'utf8')).toBe('earlier export of two articles');
    const forced = cli([article, missing, '-f', 'csv', '-o', out, '--force']);
    expect(forced.code).toBe(1);
    expect(readFileSync(out, 'utf8')).toContain('nearly 6,000');
    // A new file is written even from a partial run: there is nothing to lose.
    const fresh = join(dir, 'new.csv');
    expect(cli([article, missing, '-f', 'csv', '-o', fresh]).code).toBe(1);
    expect(existsSync(fresh)).toBe(true);
  });
});

describe('the built CLI under faults', () => {
  let cliJs: string;
  beforeAll(() => {
    fresh();
    cliJs = join(dir, 'cli.js');
    buildSync({ entryPoints: [join(__dirname, '../../src/cli/index.ts')], outfile: cliJs, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'silent' });
  });

  it('removes its temporary file when the write fails (file too large) and keeps the old export', () => {
    const out = join(dir, 'big.html');
    writeFileSync(out, 'old export');
    const result = spawnSync('sh', ['-c', `ulimit -f 1; exec "${process.execPath}" "${cliJs}" "${article}" -f html -o "${out}"`], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('cannot write');
    expect(result.stderr).toContain('EFBIG');
    expect(readFileSync(out, 'utf8')).toBe('old export');
    expect(leftovers(dir, ['a.md', 'cli.js', 'big.html'])).toEqual([]);
  });

  it('refuses an endless stdin as soon as it passes --max-size, without reading it all', () => {
    const result = spawnSync('sh', ['-c', `yes "Officials say 40 people fled." | "${process.execPath}" "${cliJs}" - --max-size 4KB`], { encoding: 'utf8', timeout: 20_000 });
    expect(result.error).toBeUndefined();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('over the 4.0 KB limit');
  });

  it('reads stdin within the limit', () => {
    const result = spawnSync(process.execPath, [cliJs, '-', '-f', 'json'], { input: 'Officials say 40 people fled.', encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).claims[0].value).toBe(40);
  });
});

describe('reading an article', () => {
  beforeAll(fresh);

  it('says so when the file changes while it is read, instead of analysing half of it', () => {
    const file = join(dir, 'saving.md');
    writeFileSync(file, ARTICLE);
    expect(() => readStable(file, 1 << 20, () => writeFileSync(file, `${ARTICLE}More text.\n`))).toThrow(/changed while it was read/);
    expect(readStable(file, 1 << 20).toString()).toBe(`${ARTICLE}More text.\n`);
  });

  it('reads UTF-16 without a byte-order mark, either byte order, and still calls binary files binary', () => {
    const le = join(dir, 'le.md');
    writeFileSync(le, Buffer.from('Officials say 498 died. “Nothing is left,” she said.', 'utf16le'));
    const be = join(dir, 'be.md');
    writeFileSync(be, Buffer.from('Officials say 498 died.', 'utf16le').swap16());
    for (const file of [le, be]) {
      const { code, stdout } = cli([file, '-f', 'json']);
      expect(code, file).toBe(0);
      expect(JSON.parse(stdout).claims[0].value).toBe(498);
    }
    const binary = join(dir, 'image.md');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00]));
    expect(cli([binary]).stderr).toContain('looks binary');
  });
});

describe('hostile file names', () => {
  beforeAll(fresh);
  const hostile = 'x\n`<img src=x onerror=alert(1)>` [click](javascript:alert(1)) \x1b[31mred\x1b]0;title\x07.md';

  it('never print an escape sequence or a line break to the terminal, in errors and in the progress bar', () => {
    const folder = join(dir, 'desk');
    mkdirSync(folder);
    const files = Array.from({ length: 5 }, (_, i) => join(folder, `${i}${hostile}`));
    for (const file of files) writeFileSync(file, ARTICLE);
    const { stderr } = cli([...files, join(folder, `missing${hostile}`), '-f', 'json'], true);
    expect(stderr).toContain('no such file');
    // eslint-disable-next-line no-control-regex -- the progress bar's own line clearing
    const lines = stderr.replace(/\r\x1b\[2K/g, '\n').split(/[\r\n]/);
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    for (const line of lines) expect(line).not.toMatch(/[\x00-\x1f\x7f]/);
    expect(lines.filter((l) => l.includes('missing'))).toHaveLength(1);
  });

  it('stay inside the Markdown report’s code span and the HTML text', () => {
    const file = join(dir, hostile);
    writeFileSync(file, ARTICLE);
    const markdown = cli([file, '-f', 'markdown']).stdout;
    const articleLine = markdown.split('\n').find((l) => l.startsWith('Article: '))!;
    // As a Markdown reader sees it: one code span holding the whole name, no HTML, no link.
    const paragraph = unified().use(remarkParse).parse(articleLine).children[0] as Paragraph;
    expect(paragraph.children.map((c) => c.type)).toEqual(['text', 'inlineCode', 'text']);
    // eslint-disable-next-line no-control-regex -- line breaks and escapes become spaces
    expect((paragraph.children[1] as InlineCode).value).toBe(file.replace(/[\x00-\x1f]+/g, ' '));
    const html = cli([file, '-f', 'html']).stdout;
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
