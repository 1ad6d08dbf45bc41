import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';

function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = run(args, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, env: {} });
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'claimlens-cli-'));
const write = (name: string, content: string | Buffer) => {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
};
const article = write('a.md', '“We will rebuild,” said Mayor Ana Ruiz. Officials say nearly 6,000 people fled.\n');

describe('claimlens CLI', () => {
  it('prints a readable report by default', () => {
    const { code, stdout } = cli([article]);
    expect(code).toBe(0);
    expect(stdout).toContain('1 quote · 1 figure · 0 contested');
    expect(stdout).toContain('“We will rebuild,”  — Ana Ruiz');
    expect(stdout).toMatch(/1:\d+\s+nearly 6,000 = 6,000 people fled {2}— Officials/);
  });

  it('prints JSON with the file name and UTF-16 offsets', () => {
    const { code, stdout } = cli([article, '--format', 'json']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.file).toBe(article);
    expect(result.schema).toBe(1);
    expect(result.claims[0]).toMatchObject({ text: 'nearly 6,000', value: 6000, qualifier: 'nearly', source: { name: 'Officials' } });
  });

  it('writes one JSON object per line for several files', () => {
    const second = write('b.txt', 'Thirty-five nations abstained.');
    const { stdout } = cli([article, second, '-f', 'json']);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual([article, second]);
    expect(lines[1].claims[0].value).toBe(35);
  });

  it('names a missing, binary, oversized or non-UTF-8 file, exits 1 and still processes the others', () => {
    const binary = write('bin.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    const latin1 = write('latin1.md', Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    const big = write('big.md', 'x'.repeat(3000));
    const { code, stdout, stderr } = cli([join(dir, 'missing.md'), binary, latin1, article, big, '--max-size', '2k', '-f', 'json']);
    expect(code).toBe(1);
    expect(stderr).toContain('missing.md: no such file');
    expect(stderr).toContain('bin.md: looks binary');
    expect(stderr).toContain('latin1.md: is not valid UTF-8');
    expect(stderr).toMatch(/big\.md: is 2\.9 KB, over the 2\.0 KB limit/);
    expect(JSON.parse(stdout).file).toBe(article);
  });

  it('keeps a UTF-8 byte-order mark in the offsets, as editors count it', () => {
    const withBom = write('bom.md', '\uFEFFOfficials say 498 died.');
    const result = JSON.parse(cli([withBom, '-f', 'json']).stdout);
    expect(result.claims[0]).toMatchObject({ start: 15, end: 18, text: '498' });
  });

  it('reads UTF-16 files with a byte-order mark', () => {
    const utf16 = write('utf16.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Officials say 498 died.', 'utf16le')]));
    expect(JSON.parse(cli([utf16, '-f', 'json']).stdout).claims[0].value).toBe(498);
  });

  it('explains usage errors with exit code 2', () => {
    expect(cli([]).code).toBe(2);
    expect(cli([article, '--format', 'xml']).stderr).toContain('unknown format "xml"');
    expect(cli([article, '--max-size', 'big']).stderr).toContain('cannot read size "big"');
    expect(cli([article, '--bogus']).code).toBe(2);
    expect(cli(['--help']).stdout).toContain('Usage: claimlens FILE|FOLDER...');
  });

  it('walks a folder for articles and exports them together', () => {
    const folder = mkdtempSync(join(tmpdir(), 'claimlens-folder-'));
    mkdirSync(join(folder, 'desk', '.drafts'), { recursive: true });
    writeFileSync(join(folder, 'one.md'), 'Officials say 40 people fled.');
    writeFileSync(join(folder, 'desk', 'two.markdown'), 'Police say 12 people were arrested.');
    writeFileSync(join(folder, 'desk', 'notes.txt'), 'Thirty-five nations abstained.');
    writeFileSync(join(folder, 'desk', '.drafts', 'hidden.md'), 'Officials say 9 people fled.');
    writeFileSync(join(folder, 'desk', 'photo.png'), 'not an article');
    const { code, stdout } = cli([folder, '--format', 'csv']);
    expect(code).toBe(0);
    const files = stdout.trim().split('\r\n').slice(1).map((line) => line.split(',')[0]);
    expect(files).toEqual([join(folder, 'desk', 'notes.txt'), join(folder, 'desk', 'two.markdown'), join(folder, 'one.md')]);
  });

  it('writes an export to --out and says so', () => {
    const out = join(dir, 'reports', 'report.html');
    const { code, stdout, stderr } = cli([article, '--format', 'html', '--out', out]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain(`wrote ${out} (1 article)`);
    expect(readFileSync(out, 'utf8')).toContain('<!DOCTYPE html>');
  });

  it('exports every format the extension offers', () => {
    for (const format of ['csv', 'markdown', 'w3c', 'html']) {
      const { code, stdout } = cli([article, '-f', format]);
      expect(code, format).toBe(0);
      expect(stdout.length, format).toBeGreaterThan(100);
    }
  });

  it('shows a progress bar on a terminal for many files, and nothing otherwise', () => {
    const many = Array.from({ length: 6 }, (_, i) => write(`m${i}.md`, `Officials say ${i + 10} people fled.`));
    let stderr = '';
    run([...many, '-f', 'json'], { stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s), isTTY: true, columns: 100 }, env: {} });
    expect(stderr).toContain('6/6');
    expect(cli([...many, '-f', 'json']).stderr).toBe('');
  });

  it('leaves an earlier --out file alone when no article could be read', () => {
    const out = join(dir, 'keep.csv');
    writeFileSync(out, 'earlier export');
    const { code, stderr } = cli([join(dir, 'missing.md'), '-f', 'csv', '--out', out]);
    expect(code).toBe(1);
    expect(stderr).toContain('nothing to write');
    expect(readFileSync(out, 'utf8')).toBe('earlier export');
  });

  it('never prints the article’s control characters to the terminal', () => {
    const file = write('esc.md', '“Clear \x1b[2J the screen,” said Ana Ruiz. Officials say 40\x07 people fled.');
    const { stdout } = cli([file]);
    const controls = [...stdout].filter((ch) => ch !== '\n' && (ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f));
    expect(controls).toEqual([]);
  });

  it('refuses a device or pipe, which has no size to check', () => {
    const { code, stderr } = cli(['/dev/null']);
    expect(code).toBe(1);
    expect(stderr).toContain('is not a regular file');
  });

  it('says when a folder holds no articles', () => {
    const empty = mkdtempSync(join(tmpdir(), 'claimlens-empty-'));
    const { code, stderr } = cli([empty]);
    expect(code).toBe(1);
    expect(stderr).toContain('no .md, .markdown or .txt files');
  });

  it('says in one line when an article is clearly not English, and reads its digits in its style', () => {
    const german = write('de.md', 'Die Stadt hat 4.500 Einwohner, und die Regierung sagt, dass der Bau nicht viel für eine Stadt mit dem Fluss kostet.\n');
    const { code, stdout, stderr } = cli([german, '--format', 'json']);
    expect(code).toBe(0);
    expect(stderr.trim().split('\n')).toEqual([`claimlens: ${german}: This article reads as German (de); Claimlens analyses English, so its figures and quotes may be missed or misread.`]);
    expect(JSON.parse(stdout).claims.map((c: { value: number }) => c.value)).toEqual([4500]);
    expect(cli([article]).stderr).toBe('');
  });

  it('reads digits in the number format it is given, and refuses an unknown one', () => {
    const beds = write('beds.md', 'The hospital has 4.500 beds and 1,5 million visitors.\n');
    const values = (args: string[]) => JSON.parse(cli([beds, '--format', 'json', ...args]).stdout).claims.map((c: { value: number }) => c.value);
    expect(values([])[0]).toBe(4.5);
    expect(values(['--number-format', 'de'])).toEqual([4500, 1.5e6]);
    const { code, stderr } = cli([beds, '--number-format', 'us']);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown number format "us" (use one of auto, en, de, fr)');
  });
});
